package jp.madoguchi.app.output;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.app.output.printing.cups.CupsServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the kiosk keeps its journal and spool and which printer it uses, from the environment:
 * {@code MADOGUCHI_JOURNAL} (default {@code ~/.madoguchi/journal.db}), {@code MADOGUCHI_PRINTER} (a CUPS queue name;
 * unset means the embedded spool printer with on-screen previews), {@code MADOGUCHI_SPOOL} (default
 * {@code ~/.madoguchi/spool}) and {@code MADOGUCHI_KIOSK} (the kiosk id written to the journal, default
 * {@code kiosk}). The CUPS server is CUPS's own setting ({@code CUPS_SERVER} or client.conf, see {@link CupsServer}),
 * the one {@code javax.print}, {@code lpr} and {@code cancel} follow. The former {@code MADOGUCHI_CUPS} is no longer
 * read (a warning says so): it moved only the status questions, so it could send them to another server than the jobs.
 */
public record OutputSettings(Path journal, Optional<String> printerQueue, URI cups, Path spool, String kiosk) {
    private static final Logger LOG = LoggerFactory.getLogger(OutputSettings.class);

    public static OutputSettings fromEnvironment() {
        return from(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static OutputSettings from(Map<String, String> env, Path home) {
        Path base = home.resolve(".madoguchi");
        URI cups = CupsServer.from(env, home).ipp();
        Optional.ofNullable(env.get("MADOGUCHI_CUPS")).filter(v -> !v.isBlank()).ifPresent(legacy -> LOG.warn(
                "MADOGUCHI_CUPS={} is no longer read: CUPS is at {} (CUPS_SERVER or client.conf), for the status "
                        + "questions as for javax.print, lpr and cancel", legacy, cups));
        return new OutputSettings(
                path(env, "MADOGUCHI_JOURNAL").orElse(base.resolve("journal.db")),
                Optional.ofNullable(env.get("MADOGUCHI_PRINTER")).filter(q -> !q.isBlank()),
                cups,
                path(env, "MADOGUCHI_SPOOL").orElse(base.resolve("spool")),
                env.getOrDefault("MADOGUCHI_KIOSK", "kiosk"));
    }

    private static Optional<Path> path(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).map(Path::of);
    }
}
