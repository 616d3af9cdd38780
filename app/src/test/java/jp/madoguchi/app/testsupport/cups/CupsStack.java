package jp.madoguchi.app.testsupport.cups;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scheduler the tests print through. cupsd is a system daemon with one socket per machine: if one is already
 * answering it is used as it is; if none runs, one is started here ({@code cupsd -f}, as a child process) and stopped
 * by {@link #close()}. A cupsd process that exists but does not answer is reported, never doubled.
 */
public final class CupsStack implements AutoCloseable {
    static final Path CUPSD = Path.of("/usr/sbin/cupsd");
    static final Path CUPS_PDF_BACKEND = Path.of("/usr/lib/cups/backend/cups-pdf");
    static final Path CUPS_PDF_PPD = Path.of("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);

    private final Process started;
    private final Path workDir;

    private CupsStack(Process started, Path workDir) {
        this.started = started;
        this.workDir = workDir;
    }

    /** What is missing on this machine for a real print path, if anything. */
    public static Optional<String> missingParts() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CUPSD)) {
            missing.add("cupsd (apt-get install cups)");
        }
        if (!Files.exists(CUPS_PDF_BACKEND) || !Files.exists(CUPS_PDF_PPD)) {
            missing.add("cups-pdf (apt-get install printer-driver-cups-pdf)");
        }
        Commands.missing(List.of("lpstat", "lpadmin", "cupsenable", "cupsdisable", "cancel"))
                .forEach(p -> missing.add(p + " (apt-get install cups-client)"));
        Commands.missing(List.of("lpr")).forEach(p -> missing.add("lpr, which javax.print spools through (apt-get install cups-bsd)"));
        Commands.missing(List.of("pdftocairo")).forEach(p -> missing.add("pdftocairo (apt-get install poppler-utils)"));
        if (!"root".equals(System.getProperty("user.name"))) {
            missing.add("root (queues are created with lpadmin and cups-pdf reads its settings from /etc/cups)");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missing));
    }

    static CupsStack start(Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        if (schedulerRunning()) {
            return new CupsStack(null, workDir);
        }
        Optional<ProcessHandle> silent = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/cupsd")).orElse(false)).findFirst();
        if (silent.isPresent()) {
            throw new IOException("cupsd (pid " + silent.get().pid() + ") is running but not answering; "
                    + "not starting a second one");
        }
        Process cupsd = new ProcessBuilder(CUPSD.toString(), "-f").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("cupsd.log").toFile())).start();
        CupsStack stack = new CupsStack(cupsd, workDir);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (!schedulerRunning()) {
            if (!cupsd.isAlive() || System.nanoTime() > deadline) {
                stack.close();
                throw new IOException("cupsd did not come up (exit " + (cupsd.isAlive() ? "-" : cupsd.exitValue())
                        + "); see " + workDir.resolve("cupsd.log"));
            }
            Thread.sleep(100);
        }
        return stack;
    }

    static boolean schedulerRunning() throws IOException {
        return Commands.run("lpstat", "-r").output().contains("scheduler is running");
    }

    public URI server() {
        return URI.create("http://localhost:631");
    }

    /** A new cups-pdf queue with a unique name and its own output directory. */
    public PdfQueue newQueue() throws IOException {
        return PdfQueue.create(workDir);
    }

    public boolean startedHere() {
        return started != null;
    }

    @Override
    public void close() {
        if (started != null && started.isAlive()) {
            started.destroy();
            try {
                if (!started.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    started.destroyForcibly();
                }
            } catch (InterruptedException e) {
                started.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
