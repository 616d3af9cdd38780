package jp.madoguchi.card.testsupport.pcscd;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A private pcscd with a vpcd reader on a free port. pcscd's socket path is compiled in
 * (/run/pcscd/pcscd.comm), so it runs under {@code unshare --mount} with a tmpfs there; the test JVM
 * reaches it through a symlink into {@code /proc/<pid>/root}, named by PCSCLITE_CSOCK_NAME (set by Surefire
 * to the {@code madoguchi.test.pcscSocket} path). The net namespace is shared so the in-JVM virtual card can
 * reach vpcd; a private port keeps it off any other pcscd's vpcd.
 */
public final class PcscStack implements AutoCloseable {
    static final Path PCSCD = Paths.get("/usr/sbin/pcscd");
    static final Path VPCD_DRIVER = Paths.get("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(15);

    private final Path socketLink;
    private final Path configDir;
    private final Path logFile;
    private final int vpcdPort;
    private Process pcscd;

    private PcscStack(Path socketLink, boolean withVpcd) throws IOException {
        this.socketLink = socketLink;
        Path dir = socketLink.getParent();
        Files.createDirectories(dir);
        this.configDir = Files.createTempDirectory(dir, "reader.conf.d");
        this.logFile = dir.resolve("pcscd.log");
        this.vpcdPort = withVpcd ? freePortPair() : -1;
        if (withVpcd) {
            // The port in the packaged file's own form (vsmartcard-vpcd's /etc/reader.conf.d/vpcd: 0x8C7B), which
            // both pcscd's CHANNELID parser and vpcd's DEVICENAME parser take, rather than whatever radix one
            // version happens to accept.
            String port = String.format(Locale.ROOT, "0x%04X", vpcdPort);
            Files.writeString(configDir.resolve("vpcd"), String.join("\n",
                    "FRIENDLYNAME \"Virtual PCD\"",
                    "DEVICENAME   /dev/null:" + port,
                    "LIBPATH      " + VPCD_DRIVER,
                    "CHANNELID    " + port, ""));
        }
    }

    /** Starts pcscd with the vpcd reader ({@code Virtual PCD 00 00} on {@link #vpcdPort()}). */
    public static PcscStack start() throws IOException, InterruptedException {
        return start(true);
    }

    /** Starts pcscd; without vpcd it has no readers at all. */
    public static PcscStack start(boolean withVpcd) throws IOException, InterruptedException {
        PcscStack stack = new PcscStack(socketPath(), withVpcd);
        stack.startPcscd();
        return stack;
    }

    /** What is missing for these tests, if anything. */
    public static Optional<String> missingParts(boolean opensc) {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(PCSCD)) {
            missing.add("pcscd (apt-get install pcscd)");
        }
        if (!Files.exists(VPCD_DRIVER)) {
            missing.add("vpcd driver (apt-get install vsmartcard-vpcd)");
        }
        if (Tools.which("unshare").isEmpty()) {
            missing.add("unshare (util-linux)");
        }
        if (opensc && Tools.which("pkcs15-tool").isEmpty()) {
            missing.add("OpenSC (apt-get install opensc)");
        }
        if (System.getProperty("madoguchi.test.pcscSocket") == null || System.getenv("PCSCLITE_CSOCK_NAME") == null) {
            missing.add("PCSCLITE_CSOCK_NAME (run the tests through Maven, which sets it)");
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missing));
    }

    public int vpcdPort() {
        return vpcdPort;
    }

    /** Environment for child processes (OpenSC tools) so they use this pcscd. */
    public String socket() {
        return socketLink.toString();
    }

    public Path log() {
        return logFile;
    }

    /** SIGKILL, as a crash would; the namespace and its socket vanish with it. */
    public void killPcscd() throws InterruptedException {
        if (pcscd != null) {
            pcscd.destroyForcibly();
            pcscd.waitFor();
            pcscd = null;
        }
    }

    public void startPcscd() throws IOException, InterruptedException {
        if (pcscd != null) {
            throw new IllegalStateException("pcscd already running");
        }
        List<String> command = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private"));
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addAll(1, List.of("--user", "--map-root-user"));
        }
        command.addAll(List.of("sh", "-c", "mkdir -p /run/pcscd && mount -t tmpfs tmpfs /run/pcscd && exec "
                + PCSCD + " --foreground --apdu --debug -c " + configDir));
        pcscd = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        Path target = Paths.get("/proc", Long.toString(pcscd.pid()), "root", "run", "pcscd", "pcscd.comm");
        Path tmp = socketLink.resolveSibling(socketLink.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, target);
        Files.move(tmp, socketLink, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        awaitReady();
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!pcscd.isAlive()) {
                throw new IOException("pcscd exited with " + pcscd.exitValue() + "; log: " + tail());
            }
            // Before the private tmpfs is mounted, the link resolves to the host's /run/pcscd, where another
            // pcscd's socket may live: only trust the socket once our mount is in place.
            if (privateRunMounted() && Files.exists(socketLink) && (vpcdPort < 0 || Tools.isListening(vpcdPort))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IOException("pcscd not ready after " + READY_TIMEOUT + "; log: " + tail());
    }

    private boolean privateRunMounted() throws IOException {
        Path mountInfo = Paths.get("/proc", Long.toString(pcscd.pid()), "mountinfo");
        try {
            return Files.readAllLines(mountInfo).stream().anyMatch(l -> l.contains(" /run/pcscd ") && l.contains("tmpfs"));
        } catch (IOException e) {
            return false; // the process is starting or gone; the loop checks isAlive
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.exists(logFile) ? Files.readAllLines(logFile) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static Path socketPath() {
        return Paths.get(System.getProperty("madoguchi.test.pcscSocket"));
    }

    /** vpcd listens on the port and the next one (its second reader); find two free ones together. */
    private static int freePortPair() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            if (port < 65535 && Tools.portFree(port + 1)) {
                return port;
            }
        }
        throw new IOException("no free port pair for vpcd");
    }

    @Override
    public void close() throws IOException {
        if (pcscd != null) {
            pcscd.destroy();
            try {
                pcscd.waitFor();
            } catch (InterruptedException e) {
                pcscd.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            pcscd = null;
        }
        Files.deleteIfExists(socketLink);
        Files.deleteIfExists(configDir.resolve("vpcd"));
        Files.deleteIfExists(configDir);
    }
}
