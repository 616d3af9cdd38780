package jp.madoguchi.app.testsupport.cups;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who listens on a loopback TCP port, from {@code /proc}: the socket inodes in LISTEN state on the port and the
 * processes holding them. The harness uses it to be sure the JDK talks to its own cupsd and not to another server.
 */
final class PortListeners {
    private PortListeners() {}

    /** Inodes of the TCP sockets listening on {@code port} (IPv4 and IPv6); empty when the port is free. */
    static Set<Long> of(int port) throws IOException {
        Set<Long> inodes = new HashSet<>();
        String portHex = String.format("%04X", port);
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] f = line.strip().split("\\s+");
                if (f.length > 9 && f[1].endsWith(":" + portHex) && "0A".equals(f[3])) { // 0A: LISTEN
                    inodes.add(Long.parseLong(f[9]));
                }
            }
        }
        return inodes;
    }

    /** The processes listening on {@code port}, for an error message. */
    static String describe(int port) throws IOException {
        Set<Long> listening = of(port);
        List<String> owners = new ArrayList<>();
        ProcessHandle.allProcesses().forEach(p -> {
            Set<Long> inodes = socketInodes(p.pid());
            inodes.retainAll(listening);
            if (!inodes.isEmpty()) {
                owners.add("pid " + p.pid() + " " + p.info().commandLine().orElse("?"));
            }
        });
        return owners.isEmpty() ? "listeners " + listening : String.join("; ", owners);
    }

    /** Inodes of the sockets process {@code pid} holds open; empty when its descriptors cannot be read. */
    static Set<Long> socketInodes(long pid) {
        Set<Long> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // closed meanwhile
                }
            });
        } catch (IOException e) {
            // not ours to read, or gone
        }
        return inodes;
    }
}
