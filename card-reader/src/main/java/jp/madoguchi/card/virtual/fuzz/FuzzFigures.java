package jp.madoguchi.card.virtual.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a fuzz run found. The four figures that must be zero: crashes (anything but a card fault or a PIN attempt
 * escaping the card API, or a PIN left unwiped), hangs (past the deadline, or past the APDU budget), VERIFYs the PIN
 * policy did not permit, and tries consumed by them. {@code failures} names the first few cases for
 * {@code --case}.
 */
public record FuzzFigures(long seed, int threads, long runs, long crashes, long hangs, long unpermitted,
        long consumed, long apdus, long verifies, Map<String, Long> outcomes, Map<Mutation, Long> applied,
        List<String> failures, long nanos) {

    public boolean clean() {
        return crashes == 0 && hangs == 0 && unpermitted == 0 && consumed == 0;
    }

    public List<String> lines() {
        double seconds = nanos / 1e9;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "runs %,d   crashes %d   hangs %d   tries consumed %d   unpermitted"
                + " VERIFYs %d", runs, crashes, hangs, consumed, unpermitted));
        lines.add(String.format(Locale.ROOT, "seed %d, %d thread(s), %.1f s (%,.0f cases/s), %,d APDUs, %,d"
                + " VERIFYs with a PIN on the wire", seed, threads, seconds, runs / seconds, apdus, verifies));
        lines.add("outcomes: " + outcomes);
        lines.add("mutations fired: " + applied);
        failures.forEach(failure -> lines.add("  " + failure));
        return lines;
    }

    /** Sums cases as workers finish them; the watchdog adds hangs from its own thread. */
    static final class Tally {
        private static final int KEPT_FAILURES = 10;
        private long runs;
        private long crashes;
        private long hangs;
        private long unpermitted;
        private long consumed;
        private long apdus;
        private long verifies;
        private final long[] applied = new long[Mutation.values().length];
        private final Map<String, Long> outcomes = new TreeMap<>();
        private final List<String> failures = new ArrayList<>();

        synchronized void add(long index, FuzzCase.CaseResult result) {
            runs++;
            apdus += result.apdus();
            verifies += result.verifies();
            unpermitted += result.unpermitted();
            consumed += result.consumed();
            outcomes.merge(result.outcome(), 1L, Long::sum);
            for (int i = 0; i < applied.length; i++) {
                applied[i] += result.applied()[i];
            }
            if (result.crash() != null) {
                crashes++;
                fail(index, result.outcome() + ": " + result.crash().getMessage());
            }
            if (result.looped()) {
                hangs++;
                fail(index, "more than " + CaseWire.APDU_BUDGET + " APDUs");
            }
            if (result.unpermitted() > 0) {
                fail(index, result.unpermitted() + " unpermitted VERIFY, " + result.consumed() + " tries consumed");
            }
        }

        synchronized void hang(long index) {
            hangs++;
            fail(index, "past the deadline");
        }

        synchronized void merge(Tally other) {
            synchronized (other) {
                runs += other.runs;
                crashes += other.crashes;
                hangs += other.hangs;
                unpermitted += other.unpermitted;
                consumed += other.consumed;
                apdus += other.apdus;
                verifies += other.verifies;
                other.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
                for (int i = 0; i < applied.length; i++) {
                    applied[i] += other.applied[i];
                }
                other.failures.forEach(f -> failures.add(f));
            }
        }

        synchronized FuzzFigures figures(long seed, int threads, long nanos) {
            Map<Mutation, Long> fired = new TreeMap<>();
            for (Mutation m : Mutation.values()) {
                fired.put(m, applied[m.ordinal()]);
            }
            return new FuzzFigures(seed, threads, runs, crashes, hangs, unpermitted, consumed, apdus, verifies,
                    Collections.unmodifiableMap(new TreeMap<>(outcomes)), Collections.unmodifiableMap(fired),
                    List.copyOf(failures), nanos);
        }

        private void fail(long index, String what) {
            if (failures.size() < KEPT_FAILURES) {
                failures.add("case " + index + ": " + what);
            }
        }
    }
}
