package jp.madoguchi.app.output;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the kiosk keeps its journal and spool and which printer it uses, from the environment:
 * {@code MADOGUCHI_JOURNAL} (default {@code ~/.madoguchi/journal.db}), {@code MADOGUCHI_PRINTER} (a CUPS queue name;
 * unset means the embedded spool printer with on-screen previews), {@code MADOGUCHI_CUPS} (default
 * {@code http://localhost:631}), {@code MADOGUCHI_SPOOL} (default {@code ~/.madoguchi/spool}) and
 * {@code MADOGUCHI_KIOSK} (the kiosk id written to the journal, default {@code kiosk}).
 */
public record OutputSettings(Path journal, Optional<String> printerQueue, URI cups, Path spool, String kiosk) {
    public static OutputSettings fromEnvironment() {
        return from(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public static OutputSettings from(Map<String, String> env, Path home) {
        Path base = home.resolve(".madoguchi");
        return new OutputSettings(
                path(env, "MADOGUCHI_JOURNAL").orElse(base.resolve("journal.db")),
                Optional.ofNullable(env.get("MADOGUCHI_PRINTER")).filter(q -> !q.isBlank()),
                URI.create(env.getOrDefault("MADOGUCHI_CUPS", "http://localhost:631")),
                path(env, "MADOGUCHI_SPOOL").orElse(base.resolve("spool")),
                env.getOrDefault("MADOGUCHI_KIOSK", "kiosk"));
    }

    private static Optional<Path> path(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank()).map(Path::of);
    }
}
