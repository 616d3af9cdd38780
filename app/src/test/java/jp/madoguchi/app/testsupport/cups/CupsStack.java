package jp.madoguchi.app.testsupport.cups;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.madoguchi.app.output.printing.cups.CupsServer;

/**
 * A private cupsd for one test run, started here and stopped by {@link #close()}; the system's cupsd, if any, and
 * the cupsd of any other build on the machine are never touched. Everything lives under the build directory
 * ({@code target/cups}): its ServerRoot ({@code etc/}: cupsd.conf, cups-files.conf, printers.conf, the queues' PPDs
 * and cups-pdf settings), RequestRoot, CacheDir, StateDir, logs and the cups-pdf output. It listens on a domain
 * socket there and on a loopback TCP port reserved by the build, and Surefire points the whole print path at it the
 * way a deployment points it at any CUPS server: {@code CUPS_SERVER=<socket>} (lpadmin, lpstat, cancel, lpr) and
 * {@code IPP_PORT} (the JDK's CUPS service and the kiosk's IPP queries reach a socket server at localhost on that
 * port), see {@link CupsServer}.
 *
 * <p>The cups-pdf backend reads its settings only from {@code /etc/cups} (compiled in), so cupsd runs under
 * {@code unshare --mount} with its own ServerRoot bind-mounted on {@code /etc/cups}, visible to it and its backends
 * alone. cups-pdf must run as root, hence root is required (CI is root).
 */
public final class CupsStack implements AutoCloseable {
    static final Path CUPSD = Path.of("/usr/sbin/cupsd");
    static final Path CUPS_PDF_BACKEND = Path.of("/usr/lib/cups/backend/cups-pdf");
    static final Path CUPS_PDF_PPD = Path.of("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd");
    static final Path SYSTEM_SERVER_ROOT = Path.of("/etc/cups");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
    /** sun_path of a Unix socket holds 108 bytes with the terminating NUL. */
    private static final int MAX_SOCKET_PATH = 107;

    private final Path dir;
    private final Path socket;
    private final int port;
    private Process cupsd;
    private Thread shutdownHook;

    private CupsStack(Path dir, Path socket, int port) {
        this.dir = dir;
        this.socket = socket;
        this.port = port;
    }

    /** What is missing on this machine (or in how the tests were started) for a private CUPS, if anything. */
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
        Commands.missing(List.of("unshare", "mount")).forEach(p -> missing.add(p + " (util-linux, mount)"));
        if (!Files.isDirectory(SYSTEM_SERVER_ROOT)) {
            missing.add(SYSTEM_SERVER_ROOT + ", where cups-pdf reads its settings (apt-get install cups)");
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            missing.add("root (cupsd runs the cups-pdf backend as root only when it runs as root itself)");
        }
        settings().ifPresent(missing::add);
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missing));
    }

    /** Why the environment does not name a private server, if it does not. */
    private static Optional<String> settings() {
        String server = System.getenv("CUPS_SERVER");
        String port = System.getenv("IPP_PORT");
        if (server == null || !server.startsWith("/") || port == null || !port.matches("[1-9][0-9]{0,4}")) {
            return Optional.of("CUPS_SERVER (a socket path) and IPP_PORT for a private cupsd (run the tests through "
                    + "Maven, which sets them)");
        }
        if (server.getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            return Optional.of("a shorter build directory: the CUPS socket path " + server + " is longer than a Unix "
                    + "socket allows");
        }
        return Optional.empty();
    }

    /** Starts the private cupsd named by {@code CUPS_SERVER} and {@code IPP_PORT}, in the socket's directory. */
    static CupsStack start() throws IOException, InterruptedException {
        Path socket = Path.of(System.getenv("CUPS_SERVER"));
        CupsStack stack = new CupsStack(socket.getParent(), socket, Integer.parseInt(System.getenv("IPP_PORT")));
        stack.prepare();
        CupsdConfig.check(stack.etc());
        stack.launch();
        return stack;
    }

    /** A leftover cupsd of an earlier run in this build directory is stopped; then the directory starts empty. */
    private void prepare() throws IOException, InterruptedException {
        stopLeftovers();
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        for (String sub : List.of("etc", "spool", "cache", "state", "log", "queues", "cups-pdf")) {
            Files.createDirectories(dir.resolve(sub));
        }
        // Ghostscript's temporary files, written by cups-pdf as the job's user.
        Files.createDirectories(gsTmp());
        Files.setPosixFilePermissions(gsTmp(), PosixFilePermissions.fromString("rwxrwxrwx"));
        CupsdConfig.write(dir, socket, port);
    }

    private void launch() throws IOException, InterruptedException {
        if (!PortListeners.of(port).isEmpty()) {
            throw new IOException("IPP_PORT " + port + " is already in use (" + PortListeners.describe(port)
                    + "); it was reserved free when the build started: run the build again");
        }
        // The bind mount exists only in cupsd's mount namespace: the host's /etc/cups is never written.
        String script = "mount --bind " + quote(etc()) + " " + SYSTEM_SERVER_ROOT + " && exec " + CUPSD + " -f -c "
                + quote(etc().resolve("cupsd.conf")) + " -s " + quote(etc().resolve("cups-files.conf"));
        cupsd = new ProcessBuilder("unshare", "--mount", "--propagation", "private", "sh", "-c", script)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().resolve("cupsd.out").toFile()))
                .start();
        shutdownHook = new Thread(this::stop, "cupsd-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            awaitReady();
            verifyListenersAreOurs();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            if (!cupsd.isAlive()) {
                throw new IOException("cupsd exited with " + cupsd.exitValue() + ": " + tail());
            }
            if (Files.exists(socket) && Commands.run("lpstat", "-r").output().contains("scheduler is running")
                    && !PortListeners.of(port).isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("cupsd not ready after " + READY_TIMEOUT + ": " + tail());
            }
            Thread.sleep(100);
        }
    }

    /** Every socket listening on the port must be this cupsd's: else the JDK would be talking to another server. */
    private void verifyListenersAreOurs() throws IOException {
        Set<Long> ours = PortListeners.socketInodes(cupsd.pid());
        Set<Long> listening = PortListeners.of(port);
        if (listening.isEmpty() || !ours.containsAll(listening)) {
            throw new IOException("port " + port + " is not (only) the private cupsd's ("
                    + PortListeners.describe(port) + "); run the build again. " + tail());
        }
    }

    /**
     * A cupsd started by an earlier run in this build directory whose JVM was killed: recognised by its exact
     * cups-files.conf path, which nothing else uses.
     */
    private void stopLeftovers() throws InterruptedException {
        String filesConf = etc().resolve("cups-files.conf").toString();
        List<ProcessHandle> leftovers = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.equals(CUPSD.toString())).orElse(false))
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(filesConf)).orElse(false))
                .toList();
        for (ProcessHandle leftover : leftovers) {
            leftover.destroy();
            if (!leftover.onExit().completeOnTimeout(null, 15, TimeUnit.SECONDS).join().isAlive()) {
                continue;
            }
            leftover.destroyForcibly();
        }
    }

    private String tail() {
        try {
            Path errors = log().resolve("error_log");
            List<String> lines = new ArrayList<>();
            for (Path file : List.of(log().resolve("cupsd.out"), errors)) {
                if (Files.exists(file)) {
                    lines.addAll(Files.readAllLines(file));
                }
            }
            return "log " + errors + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static String quote(Path path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }

    Path etc() {
        return dir.resolve("etc");
    }

    Path log() {
        return dir.resolve("log");
    }

    /** CUPS's RequestRoot: the control ({@code c…}) and document ({@code d…}) files of the jobs it keeps. */
    public Path requestRoot() {
        return dir.resolve("spool");
    }

    Path gsTmp() {
        return dir.resolve("cups-pdf").resolve("gs-tmp");
    }

    /** The IPP address of this server as the kiosk derives it from the environment (CUPS_SERVER, IPP_PORT). */
    public URI server() {
        return CupsServer.from(System.getenv(), Path.of(System.getProperty("user.home"))).ipp();
    }

    public int port() {
        return port;
    }

    /**
     * The documents CUPS holds in its RequestRoot ({@code d<job>-<n>} files, a job's spooled data): with the
     * kiosk's PreserveJobFiles No, a job's go as it finishes.
     */
    public List<Path> documentFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("spool"))) {
            return files.filter(f -> f.getFileName().toString().matches("d[0-9]+-[0-9]+")).sorted().toList();
        }
    }

    /** A new cups-pdf queue with a unique name and its own output directory. */
    public PdfQueue newQueue() throws IOException {
        return PdfQueue.create(this, dir.resolve("queues"));
    }

    private void stop() {
        Process process = cupsd;
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Stops cupsd; the directory with its logs stays for a look after a failure (the next run empties it). */
    @Override
    public void close() {
        stop();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook is running or ran
            }
            shutdownHook = null;
        }
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // cupsd removes it itself when it exits normally
        }
    }
}
