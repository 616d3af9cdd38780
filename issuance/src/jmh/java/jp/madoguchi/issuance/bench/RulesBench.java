package jp.madoguchi.issuance.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the rules benchmarks with JMH's {@link Runner} (forked JVMs on the caller's classpath) and turns the results
 * into the figures docs/rules.md sets goals for: load+validate of a national catalogue (goal 1 s) and one decision
 * (goal median 20 µs). {@link #measure} is the whole of it with no JMH type in its signature, so a caller (the
 * {@code bench rules} command) loads JMH only when it runs: the kiosk's own classpath has no JMH.
 */
public final class RulesBench {
    public static final double LOAD_GOAL_MS = 1000;
    public static final double DECISION_GOAL_US = 20;

    private RulesBench() {}

    /**
     * Runs the benchmarks and returns the figures, one line each.
     *
     * @param progress where JMH's own progress output goes
     * @throws BenchmarkFailedException when JMH could not run them
     */
    public static List<String> measure(int municipalities, boolean quick, PrintStream progress)
            throws BenchmarkFailedException {
        Path catalogue;
        try {
            catalogue = NationalCatalogue.write(Files.createTempDirectory("madoguchi-catalogue"), municipalities);
        } catch (IOException e) {
            throw new BenchmarkFailedException("cannot write the catalogue: " + e.getMessage(), e);
        }
        try {
            return summary(run(municipalities, catalogue, quick, progress), municipalities, quick);
        } catch (RunnerException e) {
            throw new BenchmarkFailedException(e.getMessage(), e);
        } finally {
            try {
                NationalCatalogue.delete(catalogue);
            } catch (IOException e) {
                progress.println("bench rules: " + catalogue + " could not be deleted: " + e.getMessage());
            }
        }
    }

    /**
     * @param catalogue the directory {@link NationalCatalogue#write} wrote the catalogue to, which the load
     *     benchmarks read: so a cold fork times the very first load of its JVM, nothing of the loader's run before
     * @param quick in-process with short iterations: a smoke test, not a measurement
     * @param progress where JMH's own progress output goes (stdout stays for the figures)
     */
    public static Collection<RunResult> run(int municipalities, Path catalogue, boolean quick, PrintStream progress)
            throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(RulesBench.class.getPackageName() + "\\..*Benchmark\\..*")
                .param("municipalities", Integer.toString(municipalities))
                .param("catalogue", catalogue.toString())
                .shouldFailOnError(true);
        if (quick) {
            options.forks(0).warmupIterations(1).measurementIterations(2)
                    .warmupTime(TimeValue.milliseconds(200)).measurementTime(TimeValue.milliseconds(200));
        }
        return new Runner(options.build(), OutputFormatFactory.createFormatInstance(progress,
                VerboseMode.NORMAL)).run();
    }

    /** One line per benchmark, in a fixed order, each with its goal. */
    public static List<String> summary(Collection<RunResult> results, int municipalities, boolean quick) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Rules engine benchmark (JMH 1.37, %s %s, %d CPUs)",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        for (String name : List.of("LoadBenchmark.cold", "LoadBenchmark.warm")) {
            find(results, name).ifPresent(s -> lines.add(String.format(Locale.ROOT,
                    "  load+validate %d municipalities, %-4s: mean %7.1f ms, max %7.1f ms, min %7.1f ms (n=%d)"
                            + "   goal <= %.0f ms: %s",
                    municipalities, name.substring(name.indexOf('.') + 1), s.getMean(), s.getMax(), s.getMin(),
                    s.getN(), LOAD_GOAL_MS, s.getMax() <= LOAD_GOAL_MS ? "met" : "NOT met")));
        }
        results.stream().filter(result -> result.getParams().getBenchmark().endsWith("LoadBenchmark.cold"))
                .findFirst().ifPresent(cold -> lines.add(String.format(Locale.ROOT,
                        "    first load in a fresh JVM: %d fork(s), each on the JVM options of this launcher"
                                + " (the kiosk's): %s",
                        cold.getParams().getForks(), jvmOptions(cold.getParams().getJvmArgs()))));
        for (String name : List.of("DecisionBenchmark.decideAllowed", "DecisionBenchmark.decideDenied")) {
            find(results, name).ifPresent(s -> lines.add(String.format(Locale.ROOT,
                    "  decision, %-7s: median %6.2f us, p99 %6.2f us (n=%d)   goal median <= %.0f us: %s",
                    name.endsWith("Allowed") ? "allowed" : "denied", s.getPercentile(50), s.getPercentile(99), s.getN(),
                    DECISION_GOAL_US, s.getPercentile(50) <= DECISION_GOAL_US ? "met" : "NOT met")));
        }
        lines.add(quick ? "  --quick: in-process and barely warmed up; these figures are not a measurement"
                : "  cold = first load in a fresh JVM (one per fork, nothing of the loader run before it); warm = after"
                        + " 5 warm-up loads; decisions on the same catalogue, timed per call");
        return lines;
    }

    /** The forks' JVM options as a shell would read them; the classpath and JMH's own are not options of the kiosk. */
    static String jvmOptions(Collection<String> args) {
        List<String> shown = args.stream().filter(arg -> !arg.startsWith("-Djmh.")).toList();
        return shown.isEmpty() ? "(none)" : String.join(" ", shown);
    }

    private static Optional<Statistics> find(Collection<RunResult> results, String name) {
        return results.stream()
                .filter(result -> result.getParams().getBenchmark().endsWith(name))
                .map(result -> result.getPrimaryResult().getStatistics())
                .findFirst();
    }
}
