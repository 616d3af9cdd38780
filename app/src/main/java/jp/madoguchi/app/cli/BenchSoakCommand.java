package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.app.soak.Soak;
import jp.madoguchi.app.soak.SoakOptions;
import jp.madoguchi.app.soak.SoakReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench soak}: thousands of whole visits through one headless demo kiosk with its real outputs (the SQLite
 * journal, the spool printer or a CUPS queue, the demonstration cash acceptor), then the figures and a verdict.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
        description = {"Run whole visits through one headless demo kiosk on the virtual card with the real journal,"
                + " printer and demonstration cash: paid 住民票 and 印鑑登録証明書, card checks, cancels, wrong PINs and"
                + " pulled cards, drawn from the seed. Prints heap after GC, threads, open files, the journal and the"
                + " spool at the baseline visit, every --every visits and at the end.",
            "Exit 0 when no visit failed, the journal verifies with every yen accounted for, heap after GC grew at"
                + " most 5% from the baseline to the end and threads and fds stayed flat; 1 otherwise (with the"
                + " reason); 2 for bad options."})
public final class BenchSoakCommand implements Callable<Integer> {
    @Option(names = "--visits", paramLabel = "N", description = "Visits to run (default: ${DEFAULT-VALUE}).")
    int visits = 10_000;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the visits (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Option(names = "--printer", paramLabel = "QUEUE",
            description = "Print through this CUPS queue instead of the spool printer.")
    String printer;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Directory of the kiosk's journal and spool (default: a new temporary one, kept).")
    Path dir;

    @Option(names = "--baseline", paramLabel = "V",
            description = "Visit whose footprint the end is compared with (default: ${DEFAULT-VALUE}).")
    int baseline = 1000;

    @Option(names = "--every", paramLabel = "K",
            description = "Print the footprint every K visits (default: ${DEFAULT-VALUE}).")
    int every = 1000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        SoakOptions options;
        try {
            SoakOptions.check(visits, baseline, every);
            options = new SoakOptions(visits, seed, Optional.ofNullable(printer),
                    dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("madoguchi-soak-"),
                    baseline, every, 0.05);
        } catch (IllegalArgumentException e) {
            err.println("bench soak: " + e.getMessage());
            return 2;
        }
        SoakReport report = Soak.run(options, spec.commandLine().getOut());
        report.print(spec.commandLine().getOut());
        return report.passed() ? 0 : 1;
    }
}
