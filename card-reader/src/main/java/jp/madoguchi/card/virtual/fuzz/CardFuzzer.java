package jp.madoguchi.card.virtual.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.HolderCredentials;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.holder.TestPki;

/**
 * Runs {@code runs} fuzz cases over every fixture holder's card (credentials issued once), on {@code threads}
 * workers. Case {@code i} of seed {@code s} is the same case on any machine and in any thread, so a failure found
 * in a million is replayed alone with {@link #replay}. A watchdog fails a case that outlives the deadline as a hang
 * and interrupts it; a worker that stays stuck is left behind and its remaining cases are not run (and not counted).
 */
public final class CardFuzzer {
    private final List<Holder> holders = Holders.all();
    private final List<HolderCredentials> credentials = new ArrayList<>();
    private final long seed;
    private final long base;

    public CardFuzzer(long seed) {
        this.seed = seed;
        this.base = new SplittableRandom(seed).nextLong();
        TestPki pki = TestPki.standard();
        for (Holder holder : holders) {
            credentials.add(pki.issue(holder, Clock.systemUTC()));
        }
    }

    public FuzzFigures run(long runs, int threads, Duration deadline) throws InterruptedException {
        long start = System.nanoTime();
        List<Worker> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            Worker worker = new Worker(w, threads, runs);
            workers.add(worker);
            worker.thread.start();
        }
        while (workers.stream().anyMatch(w -> w.thread.isAlive() && !w.hung)) {
            Thread.sleep(20);
            for (Worker worker : workers) {
                worker.watch(deadline.toNanos());
            }
        }
        FuzzFigures.Tally total = new FuzzFigures.Tally();
        for (Worker worker : workers) {
            total.merge(worker.tally);
        }
        return total.figures(seed, threads, System.nanoTime() - start);
    }

    /** Case {@code index} again, alone: its plan and what it came to (with the stack trace of a crash). */
    public String replay(long index) {
        CasePlan plan = plan(index);
        FuzzCase.CaseResult result = run(index, plan);
        StringBuilder out = new StringBuilder("case " + index + " of seed " + seed + ": " + plan + "\n  -> "
                + result.outcome() + ", " + result.apdus() + " APDUs, " + result.verifies() + " VERIFY, "
                + result.unpermitted() + " unpermitted, " + result.consumed() + " tries consumed");
        if (result.crash() != null) {
            StringWriter trace = new StringWriter();
            result.crash().printStackTrace(new PrintWriter(trace));
            out.append('\n').append(trace);
        }
        return out.toString();
    }

    private CasePlan plan(long index) {
        return CasePlan.draw(new SplittableRandom(caseSeed(index)), holders.size());
    }

    private FuzzCase.CaseResult run(long index, CasePlan plan) {
        return FuzzCase.run(caseSeed(index) ^ 0x5DEECE66DL, holders.get(plan.holder()),
                credentials.get(plan.holder()), plan);
    }

    private long caseSeed(long index) {
        return base + index * 0x9E3779B97F4A7C15L;
    }

    /** One thread's share of the cases: {@code first}, {@code first + step}, ... */
    private final class Worker {
        final FuzzFigures.Tally tally = new FuzzFigures.Tally();
        final Thread thread;
        volatile long current = -1;
        volatile long startedAt;
        volatile boolean hung;

        Worker(int first, int step, long runs) {
            this.thread = new Thread(() -> {
                for (long i = first; i < runs && !hung; i += step) {
                    startedAt = System.nanoTime();
                    current = i;
                    CasePlan plan = plan(i);
                    FuzzCase.CaseResult result = run(i, plan);
                    if (!hung) {
                        tally.add(i, result);
                    }
                }
            }, "card-fuzz-" + first);
            thread.setDaemon(true);
        }

        void watch(long deadlineNanos) {
            if (!hung && thread.isAlive() && current >= 0 && System.nanoTime() - startedAt > deadlineNanos) {
                hung = true;
                tally.hang(current);
                thread.interrupt();
            }
        }
    }
}
