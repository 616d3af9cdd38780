package jp.madoguchi.app.output.printing.cups;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The CUPS server, found the way libcups finds it ({@code cupsServer()} and {@code ippPort()}), which is how every
 * other part of the print path finds it: the JDK's CUPS print service, the {@code lpr} it spools through and the
 * {@code cancel} that withdraws a job. So one setting moves all of them: {@code CUPS_SERVER}, else {@code ServerName}
 * in {@code ~/.cups/client.conf}, else in {@code $CUPS_SERVERROOT/client.conf} ({@code /etc/cups}), else the local
 * domain socket or localhost. The IPP status queries go over HTTP as the JDK's do: a domain socket
 * ({@code CUPS_SERVER=/run/cups/cups.sock}) is reached at localhost, and the port is the server's own
 * ({@code host:port}), else {@code IPP_PORT}, else 631.
 *
 * @param server what libcups connects to: a host, {@code host:port}, or a domain socket path
 * @param host the host the IPP queries go to ({@code localhost} for a domain socket)
 * @param port their port
 */
public record CupsServer(String server, String host, int port) {
    public static final int DEFAULT_PORT = 631;

    /** From the environment ({@code CUPS_SERVER}, {@code IPP_PORT}, {@code CUPS_SERVERROOT}) and client.conf files. */
    public static CupsServer from(Map<String, String> env, Path home) {
        String server = nonBlank(env.get("CUPS_SERVER"))
                .or(() -> serverName(home.resolve(".cups/client.conf")))
                .or(() -> serverName(Path.of(nonBlank(env.get("CUPS_SERVERROOT")).orElse("/etc/cups"), "client.conf")))
                .orElse("localhost");
        int defaultPort = nonBlank(env.get("IPP_PORT")).map(CupsServer::port).orElse(DEFAULT_PORT);
        if (server.startsWith("/")) {
            return new CupsServer(server, "localhost", defaultPort);
        }
        String hostPort = server.contains("/") ? server.substring(0, server.indexOf('/')) : server; // "/version=1.1"
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && hostPort.indexOf(']', colon) < 0 && colon + 1 < hostPort.length()
                && Character.isDigit(hostPort.charAt(colon + 1))) {
            return new CupsServer(server, hostPort.substring(0, colon), port(hostPort.substring(colon + 1)));
        }
        return new CupsServer(server, hostPort, defaultPort);
    }

    /** Where the IPP status queries go: {@code http://host:port}. */
    public URI ipp() {
        String name = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return URI.create("http://" + name + ":" + port);
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            return port > 0 ? port : DEFAULT_PORT;
        } catch (NumberFormatException e) {
            return DEFAULT_PORT; // libcups: atoi, and 631 for anything not positive
        }
    }

    private static Optional<String> serverName(Path clientConf) {
        if (!Files.isReadable(clientConf)) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(clientConf, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> line.regionMatches(true, 0, "ServerName", 0, 10) && line.length() > 10
                            && Character.isWhitespace(line.charAt(10)))
                    .map(line -> line.substring(10).strip()).filter(v -> !v.isEmpty())
                    .reduce((first, last) -> last);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + clientConf, e);
        }
    }

    private static Optional<String> nonBlank(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
