package jp.madoguchi.issuance.rules.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.CertificateRule;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.RuleVersion;

/**
 * Compiles the {@code versions} list. Each version is merged over the one before it and compiled whole; errors are
 * kept only where the version itself was written, because inherited lines were already reported for the version
 * that wrote them.
 */
final class VersionCompiler {
    private static final List<String> KEYS = Stream.concat(
            Stream.of("validFrom", "validUntil", "certificates"), CertificateCompiler.INHERITED.stream()).toList();

    private final Problems problems;
    private final Unverified unverified;

    VersionCompiler(Problems problems, Unverified unverified) {
        this.problems = problems;
        this.unverified = unverified;
    }

    Optional<List<RuleVersion>> compile(Node node) {
        if (!(node instanceof Node.Sequence sequence)) {
            return new Scalars(problems).fail(node, "versions must be a list of versions, got " + node.describe());
        }
        if (sequence.items().isEmpty()) {
            return new Scalars(problems).fail(node, "versions is empty: a rule file needs at least one version");
        }
        int before = problems.reported();
        List<VersionTimeline.Entry> entries = new ArrayList<>();
        Node.Mapping merged = null;
        for (int i = 0; i < sequence.items().size(); i++) {
            Node item = sequence.items().get(i);
            if (!(item instanceof Node.Mapping raw)) {
                problems.at(item, "versions[" + i + "] must be a map, got " + item.describe());
                continue;
            }
            merged = merged == null ? raw : VersionMerger.merge(merged, raw);
            Problems local = new Problems(problems.file());
            entries.add(version(merged, "versions[" + i + "]", local));
            problems.adoptFrom(local, raw.location());
        }
        List<RuleVersion> versions = new VersionTimeline(problems).order(entries);
        return problems.reported() == before ? Optional.of(versions) : Optional.empty();
    }

    private VersionTimeline.Entry version(Node.Mapping node, String path, Problems local) {
        Scalars scalars = new Scalars(local);
        MapReader version = MapReader.open(node, path, KEYS, local).orElseThrow();
        var from = version.required("validFrom").flatMap(n -> scalars.date(n, version.path("validFrom")));
        var untilNode = version.optional("validUntil");
        var until = untilNode.flatMap(n -> scalars.date(n, version.path("validUntil")));
        Settings settings = new Settings(local);
        sharedSettings(version, settings, local);
        var certificates = version.required("certificates").flatMap(n -> certificates(n, version, settings, local));
        boolean valid = local.reported() == 0 && from.isPresent() && certificates.isPresent();
        return new VersionTimeline.Entry(path, node, from, until, untilNode, valid ? certificates : Optional.empty());
    }

    /** Checks version-wide settings even when every certificate overrides them: a wrong value is still wrong. */
    private static void sharedSettings(MapReader version, Settings settings, Problems local) {
        Scalars scalars = new Scalars(local);
        version.optional("hours").ifPresent(n -> settings.hours(new Settings.Setting(n, version.path("hours"))));
        version.optional("yearEnd").ifPresent(n -> settings.yearEnd(new Settings.Setting(n, version.path("yearEnd"))));
        version.optional("minimumAge").ifPresent(n -> scalars.integer(n, version.path("minimumAge"), 0, 120, "years"));
        version.optional("maxCopies").ifPresent(n -> scalars.integer(n, version.path("maxCopies"), 1, 100,
                "copies per request"));
        // The type only picks default scopes, which cannot be wrong: any type checks the written value.
        version.optional("blockedFor").ifPresent(n -> settings.blockedFor(
                new Settings.Setting(n, version.path("blockedFor")), CertificateType.RESIDENT_RECORD));
        version.optional(Settings.HONSEKI_USE).ifPresent(n -> settings.businessDays(n,
                version.path(Settings.HONSEKI_USE)));
    }

    private Optional<Map<CertificateType, CertificateRule>> certificates(Node node, MapReader version, Settings settings,
            Problems local) {
        String path = version.path("certificates");
        if (!(node instanceof Node.Mapping mapping)) {
            return new Scalars(local).fail(node, path + " must map certificate type ids to their rules, got "
                    + node.describe());
        }
        CertificateCompiler compiler = new CertificateCompiler(local, settings, unverified);
        Map<CertificateType, CertificateRule> rules = new EnumMap<>(CertificateType.class);
        for (Node.Field field : mapping.fields().values()) {
            Optional<CertificateType> type = Identified.byId(CertificateType.class, field.key());
            if (type.isEmpty()) {
                local.at(field.keyLocation(), "unknown certificate type '" + field.key() + "' in " + path
                        + "; expected one of: " + Identified.idList(CertificateType.class));
                continue;
            }
            compiler.compile(type.get(), field.value(), version, path + "." + field.key())
                    .ifPresent(rule -> rules.put(rule.type(), rule));
        }
        if (local.reported() == 0 && rules.isEmpty()) {
            local.at(mapping, path + " offers no certificate");
        }
        return Optional.of(rules);
    }
}
