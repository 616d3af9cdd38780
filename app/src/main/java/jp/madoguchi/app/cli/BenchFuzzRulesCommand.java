package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import jp.madoguchi.app.fuzz.BadFileFuzz;
import jp.madoguchi.app.fuzz.FuzzFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench fuzz-rules}: mutated rule files and configurations through {@code rules check} and the configuration
 * reader in-process. Exit 0 when no case crashed or hung, 1 otherwise (the work directory with the kept cases stays).
 */
@Command(name = "fuzz-rules", mixinStandardHelpOptions = true,
        description = "Fuzz the rule file and configuration readers: mutated sample rule files and a kiosk"
                + " configuration; prints runs, crashes and hangs. Exit 0 none crashed or hung, 1 otherwise.")
public final class BenchFuzzRulesCommand implements Callable<Integer> {
    @Option(names = "--runs", paramLabel = "N", description = "Cases (default: ${DEFAULT-VALUE}).")
    int runs = 100_000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed; the same seed gives the same cases"
            + " (default: ${DEFAULT-VALUE}).")
    long seed = 13;

    @Option(names = "--limit", paramLabel = "SECONDS", description = "Time limit per case, over it a hang"
            + " (default: ${DEFAULT-VALUE}).")
    int limitSeconds = 10;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path work = Files.createTempDirectory("madoguchi-fuzz-");
        FuzzFigures figures = new BadFileFuzz(work, Duration.ofSeconds(limitSeconds)).run(runs, seed);
        figures.lines().forEach(out::println);
        out.flush();
        if (!figures.clean()) {
            spec.commandLine().getErr().println("bench fuzz-rules: the failing cases are kept in " + work);
            return 1;
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        return 0;
    }
}
