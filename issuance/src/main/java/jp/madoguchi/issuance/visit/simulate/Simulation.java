package jp.madoguchi.issuance.visit.simulate;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.madoguchi.issuance.registry.InMemoryResidentRegistry;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import jp.madoguchi.issuance.rules.load.RuleSources;
import jp.madoguchi.issuance.visit.port.EndReason;

/**
 * Runs whole visits headless through the real state machine, the bundled sample rules and registry, and the
 * in-process virtual card (reader service, owner threads, real APDUs). Residents are scripted from the seed;
 * the clock is simulated, so idle timeouts cost nothing. Outcomes can differ slightly between runs with the same
 * seed where a card pulled mid-read races the reader monitor.
 */
public final class Simulation {
    /** Tuesday 24 November 2026, 09:00 in Tokyo: a weekday, every sample certificate on offer. */
    static final Instant START = LocalDateTime.of(2026, 11, 24, 9, 0).atZone(ZoneId.of("Asia/Tokyo")).toInstant();

    private Simulation() {}

    public static SimulationReport run(SimulationOptions options) throws InterruptedException {
        SimulationReport.Measure start = Measures.take(Integer.MAX_VALUE);
        long began = System.nanoTime();
        RuleBook rules = RuleLoader.load(RuleSources.bundledSamples()).book();
        ResidentRegistry registry = InMemoryResidentRegistry.bundledSample();
        AtomicLong apdus = new AtomicLong();
        SplittableRandom seeds = new SplittableRandom(options.seed());
        AtomicInteger lanesStarted = new AtomicInteger();
        ExecutorService lanes = Executors.newFixedThreadPool(options.lanes(),
                runnable -> new Thread(runnable, "simulate-lane-" + lanesStarted.incrementAndGet()));
        List<Future<Lane.Result>> results = new ArrayList<>();
        for (int lane = 0; lane < options.lanes(); lane++) {
            int share = options.visits() / options.lanes() + (lane < options.visits() % options.lanes() ? 1 : 0);
            Lane worker = new Lane(seeds.split(), options.faults());
            results.add(lanes.submit(() -> worker.serve(share, START, rules, registry, apdus)));
        }
        List<Lane.Result> done = collect(results);
        lanes.shutdown();
        lanes.awaitTermination(10, TimeUnit.SECONDS);
        Duration wall = Duration.ofNanos(System.nanoTime() - began);
        return report(options, done, apdus.get(), wall, start, Measures.take(start.liveThreads()));
    }

    private static List<Lane.Result> collect(List<Future<Lane.Result>> results) throws InterruptedException {
        List<Lane.Result> done = new ArrayList<>();
        for (Future<Lane.Result> result : results) {
            try {
                done.add(result.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("a simulated kiosk failed: " + e.getCause(), e.getCause());
            }
        }
        return done;
    }

    private static SimulationReport report(SimulationOptions options, List<Lane.Result> lanes, long apdus,
            Duration wall, SimulationReport.Measure start, SimulationReport.Measure end) {
        Map<EndReason, Integer> outcomes = new EnumMap<>(EndReason.class);
        List<String> stuck = new ArrayList<>();
        long documents = 0;
        long statements = 0;
        long sheets = 0;
        long collected = 0;
        long refunded = 0;
        for (Lane.Result lane : lanes) {
            lane.outcomes().forEach((reason, count) -> outcomes.merge(reason, count, Integer::sum));
            stuck.addAll(lane.stuck());
            documents += lane.documents();
            statements += lane.statements();
            sheets += lane.sheets();
            collected += lane.collectedYen();
            refunded += lane.refundedYen();
        }
        return new SimulationReport(options, outcomes, stuck, documents, statements, sheets, collected, refunded,
                apdus, wall, start, end);
    }

    /** Heap after GC and live threads; at the end, closing threads get a moment to finish. */
    static final class Measures {
        private Measures() {}

        static SimulationReport.Measure take(int expectedThreads) throws InterruptedException {
            for (int i = 0; i < 50 && ManagementFactory.getThreadMXBean().getThreadCount() > expectedThreads; i++) {
                Thread.sleep(20);
            }
            System.gc();
            System.gc();
            return new SimulationReport.Measure(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                    ManagementFactory.getThreadMXBean().getThreadCount());
        }
    }
}
