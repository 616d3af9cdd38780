package jp.madoguchi.issuance.rules.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.DateClosure;
import jp.madoguchi.issuance.rules.MaintenanceWindow;
import jp.madoguchi.issuance.rules.YearEndClosure;

/**
 * Compiles the year-end closure ({@code none} or {@code {first: 12-29, last: 01-03}}), dated maintenance stops and
 * closed days ({@code {first: 2027-01-04, last: 2027-01-05, note: ...}}).
 */
final class ClosureCompiler {
    private static final List<String> YEAR_END_KEYS = List.of("first", "last");
    private static final List<String> MAINTENANCE_KEYS = List.of("from", "until", "note", "certificates");
    private static final List<String> CLOSURE_KEYS = List.of("first", "last", "note", "certificates");

    private final Problems problems;
    private final Scalars scalars;

    ClosureCompiler(Problems problems) {
        this.problems = problems;
        this.scalars = new Scalars(problems);
    }

    Optional<YearEndClosure> yearEnd(Node node, String path) {
        if (node instanceof Node.Scalar scalar && scalar.text().equals("none")) {
            return Optional.of(YearEndClosure.NONE);
        }
        if (!(node instanceof Node.Mapping)) {
            return scalars.fail(node, path + " must be 'none' or {first: MM-DD, last: MM-DD}, got " + node.describe());
        }
        return MapReader.open(node, path, YEAR_END_KEYS, problems).flatMap(map -> {
            var first = map.required("first").flatMap(n -> scalars.monthDay(n, map.path("first")));
            var last = map.required("last").flatMap(n -> scalars.monthDay(n, map.path("last")));
            return first.isPresent() && last.isPresent()
                    ? Optional.of(new YearEndClosure(first.get(), last.get())) : Optional.empty();
        });
    }

    /** All windows, or empty when any is invalid (a partly read maintenance list would reopen a stopped service). */
    Optional<List<MaintenanceWindow>> maintenance(Node node, String path) {
        if (!(node instanceof Node.Sequence sequence)) {
            return scalars.fail(node, path + " must be a list of {from, until, note}, got " + node.describe());
        }
        List<MaintenanceWindow> windows = new ArrayList<>();
        int before = problems.reported();
        for (int i = 0; i < sequence.items().size(); i++) {
            window(sequence.items().get(i), path + "[" + i + "]").ifPresent(windows::add);
        }
        return problems.reported() == before ? Optional.of(windows) : Optional.empty();
    }

    private Optional<MaintenanceWindow> window(Node node, String path) {
        return MapReader.open(node, path, MAINTENANCE_KEYS, problems).flatMap(map -> {
            var from = map.required("from").flatMap(n -> scalars.dateTime(n, map.path("from")));
            var until = map.required("until").flatMap(n -> scalars.dateTime(n, map.path("until")));
            var note = map.required("note").flatMap(n -> scalars.text(n, map.path("note")));
            var only = certificates(map);
            if (from.isEmpty() || until.isEmpty() || note.isEmpty() || only.isEmpty()) {
                return Optional.empty();
            }
            if (!until.get().isAfter(from.get())) {
                return scalars.fail(map.optional("until").orElseThrow(), path + " ends at " + until.get()
                        + ", not after it starts at " + from.get());
            }
            return Optional.of(new MaintenanceWindow(from.get(), until.get(), note.get(), only.get()));
        });
    }

    /** All closed days, or empty when any entry is invalid (as for maintenance: never half a list). */
    Optional<List<DateClosure>> closures(Node node, String path) {
        if (!(node instanceof Node.Sequence sequence)) {
            return scalars.fail(node, path + " must be a list of {first, last, note}, got " + node.describe());
        }
        List<DateClosure> closures = new ArrayList<>();
        int before = problems.reported();
        for (int i = 0; i < sequence.items().size(); i++) {
            closure(sequence.items().get(i), path + "[" + i + "]").ifPresent(closures::add);
        }
        return problems.reported() == before ? Optional.of(closures) : Optional.empty();
    }

    private Optional<DateClosure> closure(Node node, String path) {
        return MapReader.open(node, path, CLOSURE_KEYS, problems).flatMap(map -> {
            var first = map.required("first").flatMap(n -> scalars.date(n, map.path("first")));
            var lastNode = map.optional("last");
            var last = lastNode.map(n -> scalars.date(n, map.path("last"))).orElse(first);
            var note = map.required("note").flatMap(n -> scalars.text(n, map.path("note")));
            var only = certificates(map);
            if (first.isEmpty() || last.isEmpty() || note.isEmpty() || only.isEmpty()) {
                return Optional.empty();
            }
            if (last.get().isBefore(first.get())) {
                return scalars.fail(lastNode.orElseThrow(), path + " ends on " + last.get() + ", before it starts on "
                        + first.get());
            }
            return Optional.of(new DateClosure(first.get(), last.get(), note.get(), only.get()));
        });
    }

    private Optional<Set<CertificateType>> certificates(MapReader map) {
        return map.optional("certificates")
                .map(n -> scalars.idSet(n, CertificateType.class, map.path("certificates"), "certificate type"))
                .orElse(Optional.of(Set.of()));
    }
}
