package jp.madoguchi.issuance.rules.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.issuance.rules.CertificateRule;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.RuleVersion;

/**
 * Puts versions on one timeline: oldest first, no two in force on the same day. A version without
 * {@code validUntil} runs until the day before the next one starts, so a fee change is just a new entry.
 */
final class VersionTimeline {
    /** One version as read; {@code certificates} is empty when the version had errors. */
    record Entry(String path, Node.Mapping node, Optional<LocalDate> from, Optional<LocalDate> until,
            Optional<Node> untilNode, Optional<Map<CertificateType, CertificateRule>> certificates) {}

    private final Problems problems;

    VersionTimeline(Problems problems) {
        this.problems = problems;
    }

    /** Reports ordering and overlap errors; the versions are only meaningful when nothing was reported. */
    List<RuleVersion> order(List<Entry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.from().isPresent() && entry.until().isPresent()
                    && entry.until().get().isBefore(entry.from().get())) {
                problems.at(entry.untilNode().orElseThrow(), entry.path() + ".validUntil " + entry.until().get()
                        + " is before its validFrom " + entry.from().get());
            }
            if (i > 0) {
                checkAfter(entries.get(i - 1), entry);
            }
        }
        List<RuleVersion> versions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.from().isEmpty() || entry.certificates().isEmpty()) {
                continue;
            }
            Optional<LocalDate> nextStart = i + 1 < entries.size() ? entries.get(i + 1).from() : Optional.empty();
            Optional<LocalDate> until = entry.until().or(() -> nextStart.map(start -> start.minusDays(1)));
            if (until.isEmpty() || !until.get().isBefore(entry.from().get())) {
                versions.add(new RuleVersion(entry.from().get(), until, entry.certificates().get()));
            }
        }
        return versions;
    }

    private void checkAfter(Entry previous, Entry entry) {
        if (previous.from().isEmpty() || entry.from().isEmpty()) {
            return;
        }
        LocalDate start = entry.from().get();
        LocalDate previousStart = previous.from().get();
        Node at = entry.node().get("validFrom").orElse(entry.node());
        if (start.equals(previousStart)) {
            problems.at(at, "overlapping versions: " + entry.path() + " starts on " + start + ", the same day as "
                    + previous.path());
        } else if (start.isBefore(previousStart)) {
            problems.at(at, entry.path() + " starts on " + start + ", before " + previous.path() + " (" + previousStart
                    + "); list versions oldest first");
        } else if (previous.until().filter(until -> !until.isBefore(start)).isPresent()) {
            problems.at(previous.untilNode().orElseThrow(), "overlapping versions: " + previous.path() + " runs until "
                    + previous.until().get() + " but " + entry.path() + " starts on " + start);
        }
    }
}
