package jp.madoguchi.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.madoguchi.app.bench.HelloFx;
import jp.madoguchi.app.kiosk.StartupProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench startup}: from process start to the attract screen drawn, against a hello-world JavaFX window on the
 * same JVM, classpath and toolkit settings, run alternately, first on the JDK's own class data, then each with a
 * static AppCDS archive of its own, dumped from the class list of a first run (as the kiosk's package does);
 * goal: the kiosk within 1.3×
 * the hello world. The kiosk
 * runs as the demo on the virtual card with its journal in a temporary directory. Headless (Monocle) where this JVM
 * has no display and Monocle is on the classpath (a checkout); on a display otherwise (an installed kiosk).
 */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Process start to attract screen, against a hello-world JavaFX app (goal <= 1.3x).")
public final class BenchStartupCommand implements Callable<Integer> {
    static final double GOAL = 1.3;
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    @Option(names = "--runs", paramLabel = "N", description = "Runs of each (default: ${DEFAULT-VALUE}).")
    int runs = 5;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("madoguchi-bench-startup");
        Path config = Files.writeString(dir.resolve("kiosk.yaml"), "journal: " + dir.resolve("journal.db")
                + "\nspool: " + dir.resolve("spool") + "\n");
        List<String> helloMain = List.of(HelloFx.class.getName());
        List<String> kioskMain = List.of("jp.madoguchi.app.Main", "kiosk", "--virtual", "--config", config.toString());
        List<Long> hello = new ArrayList<>();
        List<Long> kiosk = new ArrayList<>();
        List<Long> helloCds = new ArrayList<>();
        List<Long> kioskCds = new ArrayList<>();
        try {
            // One run of each writes its class list and a static archive is dumped from it, as the package ships
            // the kiosk's class list and its postinst dumps the archive.
            List<String> helloArchive = archive(dir.resolve("hello.jsa"), helloMain);
            List<String> kioskArchive = archive(dir.resolve("kiosk.jsa"), kioskMain);
            for (int run = 0; run < runs; run++) {
                hello.add(timeToReady(helloMain, List.of()));
                kiosk.add(timeToReady(kioskMain, List.of()));
                helloCds.add(timeToReady(helloMain, helloArchive));
                kioskCds.add(timeToReady(kioskMain, kioskArchive));
            }
        } catch (IOException e) {
            spec.commandLine().getErr().println("bench startup: " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "Start-up to the first screen drawn (%s, %d runs each, %s)%n",
                headless() ? "headless Monocle" : "on the display", runs, System.getProperty("java.vm.name"));
        report(out, "JDK class data only", hello, kiosk);
        double ratio = report(out, "with an AppCDS archive each (as the package dumps it)", helloCds, kioskCds);
        out.printf(Locale.ROOT, "  goal <= %.1fx with the package's archive: %s%n", GOAL,
                ratio <= GOAL ? "met" : "NOT met");
        out.flush();
        return 0;
    }

    private static double report(PrintWriter out, String title, List<Long> hello, List<Long> kiosk) {
        double helloMs = median(hello) / 1e6;
        double kioskMs = median(kiosk) / 1e6;
        out.printf(Locale.ROOT, "  %s:%n", title);
        out.printf(Locale.ROOT, "    hello-world JavaFX : median %7.0f ms, min %7.0f ms%n", helloMs, min(hello) / 1e6);
        out.printf(Locale.ROOT, "    kiosk attract      : median %7.0f ms, min %7.0f ms   ratio %.2fx%n", kioskMs,
                min(kiosk) / 1e6, kioskMs / helloMs);
        return kioskMs / helloMs;
    }

    /**
     * As the package does it: one run of {@code main} writes the class list of its start-up, then a static
     * archive is dumped from that list on the same JVM, options and classpath ({@code -Xshare:dump}); returns the
     * options that use it.
     */
    private List<String> archive(Path file, List<String> main) throws IOException, InterruptedException {
        Path classList = file.resolveSibling(file.getFileName() + ".classlist");
        timeToReady(main, List.of("-XX:DumpLoadedClassList=" + classList));
        for (int i = 0; i < 600 && !Files.exists(classList); i++) {
            Thread.sleep(50);
        }
        List<String> dump = command(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList,
                "-XX:SharedArchiveFile=" + file));
        Process dumping = new ProcessBuilder(dump).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!dumping.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS) || dumping.exitValue() != 0) {
            dumping.destroyForcibly();
            // e.g. a directory on the classpath (the tests' target/classes): CDS archives jars only
            spec.commandLine().getErr().println("bench startup: no class-data archive could be dumped for "
                    + main.get(0) + "; that row runs without one");
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + file, "-Xshare:auto");
    }

    /** The JVM, the launcher's options and the classpath both programs start with, then {@code jvmOptions}. */
    private static List<String> command(List<String> jvmOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "--add-opens=java.smartcardio/sun.security.smartcardio=ALL-UNNAMED",
                "-Dsun.security.smartcardio.t0GetResponse=false", "-Dsun.security.smartcardio.t1GetResponse=false",
                "-D" + StartupProbe.PROPERTY + "=true"));
        if (headless()) {
            command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dheadless.geometry=1920x1080-32", "-Djava.awt.headless=true"));
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return command;
    }

    /** Nanoseconds from starting the JVM to its ready line; the child is stopped if it lingers after it. */
    private static long timeToReady(List<String> mainAndArgs, List<String> jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = command(jvmOptions);
        command.addAll(mainAndArgs);
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // Both start on the machine's own fonts (the tests hide them with FONTCONFIG_FILE to prove the kiosk's
        // bundle; JavaFX cannot start at all without a font, and the hello world brings none).
        builder.environment().remove("FONTCONFIG_FILE");
        Process child = builder.start();
        CompletableFuture<Long> ready = CompletableFuture.supplyAsync(() -> readyAt(child));
        try {
            long took = ready.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS) - start;
            if (!child.waitFor(30, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
            return took;
        } catch (ExecutionException | TimeoutException e) {
            child.destroyForcibly();
            throw new IOException(mainAndArgs.get(0) + " did not draw its first screen within " + START_LIMIT, e);
        }
    }

    /** When the child printed its ready line; fails if its output ends first. */
    private static long readyAt(Process child) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.equals(StartupProbe.READY)) {
                    return System.nanoTime();
                }
            }
            throw new IllegalStateException("it ended without its ready line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean headless() {
        boolean display = System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
        try {
            Class.forName("com.sun.glass.ui.monocle.MonocleApplication", false,
                    BenchStartupCommand.class.getClassLoader());
            return !display;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElse(0);
    }
}
