package jp.madoguchi.card.testsupport.pcscd;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Small process and socket helpers for the PC/SC test stack. */
public final class Tools {
    private Tools() {}

    public static Optional<Path> which(String program) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin") + ":/usr/sbin:/sbin";
        return Stream.of(path.split(":")).map(dir -> Paths.get(dir, program)).filter(Files::isExecutable).findFirst();
    }

    /** True when something listens on the TCP port (IPv4 or IPv6), read from /proc so nothing connects. */
    static boolean isListening(int port) throws IOException {
        String hexPort = String.format(Locale.ROOT, ":%04X ", port);
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            Path p = Paths.get(table);
            if (Files.exists(p)) {
                for (String line : Files.readAllLines(p)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 3 && (f[1] + " ").endsWith(hexPort) && "0A".equals(f[3])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean portFree(int port) {
        try {
            new ServerSocket(port).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
