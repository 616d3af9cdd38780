package jp.madoguchi.issuance.rules.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.BlockScope;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateRule;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.SubjectRelation;
import jp.madoguchi.issuance.rules.YearEndClosure;

/**
 * Compiles one entry of a version's {@code certificates}. Settings the certificate does not make itself (hours,
 * closures, age, copies, blocking conditions) are taken from the version, so the common case is written once.
 * Subjects and options may only narrow what {@link CertificateType} allows by law.
 */
final class CertificateCompiler {
    static final List<String> INHERITED = List.of("hours", "yearEnd", "minimumAge", "maxCopies", "blockedFor",
            Settings.HONSEKI_USE);
    private static final List<String> KEYS = Stream.concat(
            Stream.of("offered", "fee", "subjects", "options", "taxYears"), INHERITED.stream()).toList();

    private final Problems problems;
    private final Scalars scalars;
    private final Settings settings;
    private final Unverified unverified;

    CertificateCompiler(Problems problems, Settings settings, Unverified unverified) {
        this.problems = problems;
        this.scalars = new Scalars(problems);
        this.settings = settings;
        this.unverified = unverified;
    }

    /** Empty when the certificate is not offered ({@code offered: false}) or has errors, which are reported. */
    Optional<CertificateRule> compile(CertificateType type, Node node, MapReader version, String path) {
        Optional<MapReader> opened = MapReader.open(node, path, KEYS, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        MapReader cert = opened.get();
        if (!cert.optional("offered").flatMap(n -> scalars.bool(n, cert.path("offered"))).orElse(true)) {
            return Optional.empty();
        }
        int before = problems.reported();
        var fee = cert.required("fee").flatMap(n -> fee(n, cert.path("fee")));
        var subjects = cert.optional("subjects").map(n -> subjects(type, n, cert.path("subjects")))
                .orElse(Optional.of(type.lawfulSubjects()));
        var options = cert.optional("options").map(n -> options(type, n, cert.path("options")))
                .orElse(Optional.of(Set.<CertificateOption>of()));
        var taxYears = settings.taxYears(type, cert);
        var hours = settings.inherited(cert, version, "hours", true).flatMap(settings::hours);
        var maxCopies = settings.inherited(cert, version, "maxCopies", true)
                .flatMap(s -> scalars.integer(s.node(), s.path(), 1, 100, "copies per request"));
        var minimumAge = settings.inherited(cert, version, "minimumAge", false)
                .map(s -> scalars.integer(s.node(), s.path(), 0, 120, "years")).orElse(Optional.of(0));
        var yearEnd = settings.inherited(cert, version, "yearEnd", false).map(settings::yearEnd)
                .orElse(Optional.of(YearEndClosure.DEFAULT));
        var blockedFor = settings.inherited(cert, version, "blockedFor", false)
                .map(s -> settings.blockedFor(s, type))
                .orElse(Optional.of(BlockScope.defaultsFor(type)));
        var leadTime = settings.honsekiUseLeadTime(type, cert, version);
        if (problems.reported() != before) {
            return Optional.empty();
        }
        return Optional.of(new CertificateRule(type, fee.get(), maxCopies.get(), subjects.get(), options.get(),
                hours.get(), yearEnd.get(), minimumAge.get(), blockedFor.get(), taxYears,
                leadTime.get()));
    }

    /** Yen per copy, or empty inside when the file marks the fee {@code {unverified: unknown, source: ...}}. */
    private Optional<Optional<Integer>> fee(Node node, String path) {
        if (unverified.unknown(node)) {
            return Optional.of(Optional.empty());
        }
        if (node instanceof Node.Scalar scalar && scalar.text().equals(Unverified.UNKNOWN)) {
            return scalars.fail(node, path + ": a fee the page does not state is written {unverified: unknown, source:"
                    + " <the page>}; the kiosk then does not issue the certificate");
        }
        return scalars.integer(node, path, 1, Integer.MAX_VALUE, "yen per copy").map(Optional::of);
    }

    private Optional<Set<SubjectRelation>> subjects(CertificateType type, Node node, String path) {
        String allowed = type.lawfulSubjects().stream().map(SubjectRelation::id).collect(Collectors.joining(", "));
        Optional<Set<SubjectRelation>> subjects = scalars.idSet(node, SubjectRelation.class, path, "subject");
        boolean lawful = allLawful(node, path, type.lawfulSubjects(), SubjectRelation.class, item -> item.describe()
                + " may not be the subject of " + type.label() + " (" + type.id() + "); the law allows " + allowed);
        if (subjects.isPresent() && !subjects.get().contains(SubjectRelation.SELF)) {
            return scalars.fail(node, path + " must include self");
        }
        return subjects.filter(set -> lawful);
    }

    private Optional<Set<CertificateOption>> options(CertificateType type, Node node, String path) {
        Optional<Set<CertificateOption>> options = scalars.idSet(node, CertificateOption.class, path, "option");
        boolean lawful = allLawful(node, path, type.lawfulOptions(), CertificateOption.class, item ->
                item.describe().equals("'" + CertificateOption.RESIDENT_CODE.id() + "'")
                        ? "option 'resident-code' (住民票コード) can never be offered at a kiosk"
                        : "option " + item.describe() + " does not exist on " + type.label() + " (" + type.id() + ")");
        return options.filter(set -> lawful);
    }

    /** Reports each known id outside {@code lawful} at its own position (unknown ids are idSet's to report). */
    private <E extends Enum<E> & Identified> boolean allLawful(Node list, String path, Set<E> lawful, Class<E> type,
            Function<Node, String> message) {
        if (!(list instanceof Node.Sequence sequence)) {
            return false;
        }
        boolean ok = true;
        for (Node item : sequence.items()) {
            Optional<E> id = item instanceof Node.Scalar scalar ? Identified.byId(type, scalar.text())
                    : Optional.empty();
            if (id.isPresent() && !lawful.contains(id.get())) {
                problems.at(item, path + ": " + message.apply(item));
                ok = false;
            }
        }
        return ok;
    }
}
