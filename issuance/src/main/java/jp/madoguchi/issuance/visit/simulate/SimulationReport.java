package jp.madoguchi.issuance.visit.simulate;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.issuance.visit.port.EndReason;

/**
 * What a simulation did: visits by how they ended (from the journals), visits that got stuck (the kiosk showed
 * no change for 5 s, or the journal has no end for them), documents and statements, money, APDUs, time, heap and
 * threads.
 */
public record SimulationReport(SimulationOptions options, Map<EndReason, Integer> outcomes, List<String> stuck,
        long documentsIssued, long statementsIssued, long sheetsPrinted, long collectedYen, long refundedYen, long apdus,
        Duration wallTime, Measure start, Measure end) {

    /** Heap in use after a full GC, and live threads, at one moment. */
    public record Measure(long heapBytes, int liveThreads) {}

    public SimulationReport {
        EnumMap<EndReason, Integer> copy = new EnumMap<>(EndReason.class);
        copy.putAll(outcomes);
        outcomes = Collections.unmodifiableMap(copy);
        stuck = List.copyOf(stuck);
    }

    public int visitsEnded() {
        return outcomes.values().stream().mapToInt(Integer::intValue).sum();
    }

    public void print(PrintStream out) {
        out.printf("simulate: %d visits, seed %d, faults %s, %d lanes%n", options.visits(), options.seed(),
                options.faults() ? "on" : "off", options.lanes());
        out.println("visits by outcome:");
        outcomes.forEach((reason, count) -> out.printf("  %-20s %6d%n", reason, count));
        out.printf("  %-20s %6d%n", "(stuck)", stuck.size());
        stuck.stream().limit(10).forEach(where -> out.println("    stuck: " + where));
        out.printf("documents issued       %6d, account statements %d (%d sheets printed in all)%n", documentsIssued,
                statementsIssued, sheetsPrinted);
        out.printf("payments               ¥%,d collected, ¥%,d refunded%n", collectedYen, refundedYen);
        out.printf("APDUs                  %,d%n", apdus);
        out.printf("wall time              %.1f s (%d ms per visit)%n", wallTime.toMillis() / 1000.0,
                wallTime.toMillis() / options.visits());
        out.printf("heap after GC          start %s, end %s%n", mib(start.heapBytes()), mib(end.heapBytes()));
        out.printf("live threads           start %d, end %d%n", start.liveThreads(), end.liveThreads());
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1048576.0);
    }
}
