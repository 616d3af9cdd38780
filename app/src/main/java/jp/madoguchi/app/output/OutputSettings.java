package jp.madoguchi.app.output;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.madoguchi.app.output.printing.cups.CupsServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the environment says about the kiosk's outputs: the CUPS server (CUPS's own setting, {@code CUPS_SERVER} or
 * client.conf, see {@link CupsServer}, the one {@code javax.print}, {@code lpr} and {@code cancel} follow) and
 * {@code MADOGUCHI_KIOSK}, the kiosk id written to the journal (default {@code kiosk}). The journal, the printer
 * queue and the spool are the configuration file's, for every command alike; the former {@code MADOGUCHI_JOURNAL},
 * {@code MADOGUCHI_PRINTER}, {@code MADOGUCHI_SPOOL} and {@code MADOGUCHI_CUPS} are no longer read, and a warning
 * says so when one is set.
 */
public record OutputSettings(URI cups, String kiosk) {
    private static final Logger LOG = LoggerFactory.getLogger(OutputSettings.class);
    private static final List<String> RETIRED = List.of("MADOGUCHI_JOURNAL", "MADOGUCHI_PRINTER", "MADOGUCHI_SPOOL",
            "MADOGUCHI_CUPS");

    public static OutputSettings fromEnvironment() {
        return from(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static OutputSettings from(Map<String, String> env, Path home) {
        URI cups = CupsServer.from(env, home).ipp();
        for (String name : RETIRED) {
            Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).ifPresent(value -> LOG.warn(
                    "{}={} is no longer read: the configuration file's journal, printer and spool are used (CUPS is"
                            + " at {}, from CUPS_SERVER or client.conf)", name, value, cups));
        }
        return new OutputSettings(cups, env.getOrDefault("MADOGUCHI_KIOSK", "kiosk"));
    }
}
