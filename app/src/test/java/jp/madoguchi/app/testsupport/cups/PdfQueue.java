package jp.madoguchi.app.testsupport.cups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A cups-pdf queue on the private cupsd. Its device URI names a cups-pdf instance ({@code cups-pdf:/<instance>}) whose
 * settings file {@code cups-pdf-<instance>.conf} in the private ServerRoot (which cupsd and cups-pdf see as
 * {@code /etc/cups}) sends the PDFs to this queue's own directory and keeps cups-pdf's spool, log and Ghostscript's
 * temporary files under the build directory too. The poppler renderer ({@code pdftocairo}) keeps the text
 * extractable through the PostScript step; Ghostscript's drops the Unicode mapping of embedded CID fonts.
 */
public final class PdfQueue implements AutoCloseable {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String name;
    private final Path config;
    private final Path dir;

    private PdfQueue(String name, Path config, Path dir) {
        this.name = name;
        this.config = config;
        this.dir = dir;
    }

    static PdfQueue create(CupsStack stack, Path workDir) throws IOException {
        String suffix = Integer.toString(RANDOM.nextInt(Integer.MAX_VALUE), 36);
        String instance = "mdgtest" + suffix;
        Path dir = Files.createDirectories(workDir.resolve(instance).toAbsolutePath());
        Files.createDirectories(dir.resolve("out"));
        Path config = stack.etc().resolve("cups-pdf-" + instance + ".conf");
        Path cupsPdf = stack.gsTmp().getParent();
        Files.writeString(config, String.join("\n",
                "Out " + dir.resolve("out"),
                "Spool " + cupsPdf.resolve("spool"),
                "AnonDirName " + cupsPdf.resolve("anonymous"),
                "GSTmp " + stack.gsTmp(),
                "Log " + dir, ""));
        PdfQueue queue = new PdfQueue("MadoguchiTest_" + suffix, config, dir);
        try {
            Commands.require("lpadmin", "-p", queue.name, "-E", "-v", "cups-pdf:/" + instance,
                    "-P", CupsStack.CUPS_PDF_PPD.toString(), "-o", "printer-is-shared=false",
                    "-o", "pdftops-renderer-default=pdftocairo");
        } catch (IOException e) {
            // No queue to close later: remove its settings and directory now.
            try {
                queue.close();
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return queue;
    }

    public String name() {
        return name;
    }

    /** Jobs wait until released (the job-hold-until default): lets a test act while a job is queued. */
    public void holdNewJobs() throws IOException {
        Commands.require("lpadmin", "-p", name, "-o", "job-hold-until-default=indefinite");
    }

    public void disable(String reason) throws IOException {
        Commands.require("cupsdisable", "-r", reason, name);
    }

    /** Undoes {@link #disable}: the printer takes jobs again. */
    public void enable() throws IOException {
        Commands.require("cupsenable", name);
    }

    public void delete() throws IOException {
        Commands.require("lpadmin", "-x", name);
    }

    public boolean exists() throws IOException {
        return Commands.run("lpstat", "-p", name).ok();
    }

    /** {@code lpstat -W all -o}: every job CUPS still keeps for this queue, one line each. */
    public List<String> jobs() throws IOException {
        String out = Commands.run("lpstat", "-W", "all", "-o", name).output();
        return out.isBlank() ? List.of() : out.lines().toList();
    }

    /** {@code lpstat -o}: the jobs still waiting or printing, one line each. */
    public List<String> pendingJobs() throws IOException {
        String out = Commands.run("lpstat", "-o", name).output();
        return out.isBlank() ? List.of() : out.lines().toList();
    }

    /** The names of the PDFs cups-pdf has written so far: each starts with its job's title. */
    public List<String> outputs() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The PDF cups-pdf wrote for the job whose title starts with {@code titlePrefix}, waiting for it to appear. */
    public Optional<Path> awaitOutput(String titlePrefix, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            try (Stream<Path> files = Files.list(dir.resolve("out"))) {
                Optional<Path> found = files.filter(f -> f.getFileName().toString().startsWith(titlePrefix)).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        if (exists()) {
            Commands.run("cancel", "-a", "-x", name);
            delete();
        }
        Files.deleteIfExists(config);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
