package jp.madoguchi.app.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import jp.madoguchi.card.virtual.fuzz.CardFuzzer;
import jp.madoguchi.card.virtual.fuzz.FuzzFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./madoguchi bench fuzz-card}: malformed card answers against the card layer in-process, no pcscd
 * (docs/card.md, "Fuzzing"). Exits 0 when crashes, hangs, unpermitted VERIFYs and tries consumed are all zero.
 */
@Command(name = "fuzz-card", mixinStandardHelpOptions = true,
        description = "Run the kiosk's card flows against mutated card answers and PC/SC failures in-process; print"
                + " runs, crashes, hangs and tries consumed (all must be zero).")
public final class BenchFuzzCardCommand implements Callable<Integer> {
    @Option(names = "--runs", defaultValue = "1000000", description = "Cases (${DEFAULT-VALUE}).")
    long runs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed: the same seed runs the same cases.")
    long seed;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--deadline", defaultValue = "10", paramLabel = "SECONDS",
            description = "A case still running after this is a hang (${DEFAULT-VALUE}).")
    int deadline;

    @Option(names = "--case", paramLabel = "N", description = "Replay case N of the seed alone, with its plan.")
    Long replay;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = Utf8.stdout();
        if (runs < 1 || threads < 1 || deadline < 1) {
            Utf8.stderr().println("bench fuzz-card: --runs, --threads and --deadline must be positive");
            return 2;
        }
        CardFuzzer fuzzer = new CardFuzzer(seed);
        if (replay != null) {
            out.println(fuzzer.replay(replay));
            return 0;
        }
        out.printf(Locale.ROOT, "bench fuzz-card: %,d cases, seed %d, %d thread(s)%n", runs, seed, threads);
        FuzzFigures figures = fuzzer.run(runs, threads, Duration.ofSeconds(deadline));
        figures.lines().forEach(out::println);
        out.println(figures.clean() ? "fuzz-card: clean" : "fuzz-card: FAILED (replay a case with --case N)");
        return figures.clean() ? 0 : 1;
    }
}
