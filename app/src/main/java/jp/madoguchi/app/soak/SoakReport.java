package jp.madoguchi.app.soak;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.madoguchi.app.output.journal.VisitLedger;

/**
 * The soak's figures and verdict. It passes when no visit failed, the journal is intact with every visit ended and
 * its money accounted for, the spool was empty at every mark, heap after GC grew by at most the limit from the
 * baseline to the end, and threads and file descriptors at the end are at most {@value #THREAD_TOLERANCE} and
 * {@value #FD_TOLERANCE} above the baseline (the JVM starts and ends housekeeping threads of its own). Fewer is no
 * leak: in a shared test JVM, threads and files of earlier tests end during the soak.
 */
public record SoakReport(SoakOptions options, int visitsRun, List<Footprint> marks, Map<VisitKind, Integer> kinds,
        List<String> failures, Money money, JournalAudit journal, Duration wall) {
    static final int THREAD_TOLERANCE = 2;
    static final int FD_TOLERANCE = 2;

    /** Money over all visits, from their ledgers. */
    public static final class Money {
        long received;
        long returned;
        long printedFees;
        long refundsDue;
        long certificates;

        void add(VisitLedger ledger) {
            received += ledger.received();
            returned += ledger.returned();
            printedFees += ledger.printedFees();
            refundsDue += ledger.refundsDue() - ledger.refunded();
            certificates += ledger.printedDocuments().stream().filter(ledger.issuedFees()::containsKey).count();
        }
    }

    public Footprint baseline() {
        return marks.stream().filter(m -> m.visits() == options.baseline()).findFirst().orElseThrow();
    }

    public Footprint end() {
        return marks.get(marks.size() - 1);
    }

    public double heapGrowth() {
        return (double) (end().heapBytes() - baseline().heapBytes()) / baseline().heapBytes();
    }

    /** Why the soak failed; empty when it passed. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        failures.stream().limit(10).forEach(reasons::add);
        if (!journal.intact()) {
            reasons.add("journal " + journal.chain());
        }
        journal.problems().stream().limit(10).forEach(reasons::add);
        if (!complete()) {
            reasons.add("stopped after " + visitsRun + " of " + options.visits() + " visits");
            return reasons;
        }
        if (heapGrowth() > options.heapGrowthLimit()) {
            reasons.add(String.format(Locale.ROOT, "heap after GC grew %.1f%% (limit %.0f%%)", heapGrowth() * 100,
                    options.heapGrowthLimit() * 100));
        }
        if (end().threads() - baseline().threads() > THREAD_TOLERANCE) {
            reasons.add("threads " + baseline().threads() + " -> " + end().threads());
        }
        if (end().fds() - baseline().fds() > FD_TOLERANCE) {
            reasons.add("open file descriptors " + baseline().fds() + " -> " + end().fds());
        }
        marks.stream().filter(m -> m.spoolEntries() != 0).findFirst()
                .ifPresent(m -> reasons.add(m.spoolEntries() + " spool entries left after visit " + m.visits()));
        return reasons;
    }

    /** Every visit ran and the footprints at the baseline and the end were taken. */
    public boolean complete() {
        return visitsRun == options.visits() && !marks.isEmpty() && end().visits() == options.visits();
    }

    public boolean passed() {
        return reasons().isEmpty();
    }

    static void header(PrintWriter out, SoakOptions options) {
        out.printf(Locale.ROOT, "soak: %,d visits, seed %d, %s, in %s%n", options.visits(), options.seed(),
                options.printer().map(q -> "CUPS queue " + q).orElse("spool printer"), options.dir());
        out.println("  visits  heap MiB  threads  fds  journal MiB  records  spool  ms/visit");
        out.flush();
    }

    static void row(PrintWriter out, Footprint m) {
        out.printf(Locale.ROOT, "  %6d  %8.1f  %7d  %3d  %11.1f  %7d  %5d  %8.1f%n", m.visits(), mib(m.heapBytes()),
                m.threads(), m.fds(), mib(m.journalBytes()), m.journalRecords(), m.spoolEntries(), m.msPerVisit());
        out.flush();
    }

    public void print(PrintWriter out) {
        out.println("visits by kind:");
        kinds.forEach((kind, n) -> out.printf(Locale.ROOT, "  %-24s %6d%n", kind, n));
        out.printf(Locale.ROOT, "money: ¥%,d received, ¥%,d returned, ¥%,d for %,d certificates printed, ¥%,d refunds"
                + " due, ¥%,d unaccounted for%n", money.received, money.returned, money.printedFees,
                money.certificates, money.refundsDue,
                money.received - money.returned - money.printedFees - money.refundsDue);
        out.printf(Locale.ROOT, "journal: %s, %,d records, %,d visits, %d with problems%n", journal.chain(),
                journal.records(), journal.visits(), journal.problems().size());
        if (complete()) {
            Footprint base = baseline();
            Footprint end = end();
            out.printf(Locale.ROOT, "heap after GC: %.1f MiB at visit %,d, %.1f MiB at %,d (%+.1f%%, limit %.0f%%)%n",
                    mib(base.heapBytes()), base.visits(), mib(end.heapBytes()), end.visits(), heapGrowth() * 100,
                    options.heapGrowthLimit() * 100);
            out.printf(Locale.ROOT, "threads %d -> %d (at most +%d), open fds %d -> %d (at most +%d)%n",
                    base.threads(), end.threads(), THREAD_TOLERANCE, base.fds(), end.fds(), FD_TOLERANCE);
        }
        out.printf(Locale.ROOT, "wall time: %d min %02d s, %d failed visit(s)%n", wall.toMinutes(),
                wall.toSecondsPart(), failures.size());
        List<String> reasons = reasons();
        out.println(reasons.isEmpty() ? "verdict: PASS (no crash, no loss, heap, threads and fds flat)"
                : "verdict: FAIL: " + String.join("; ", reasons));
        out.flush();
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
