package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import jp.madoguchi.app.kiosk.KioskConfig;
import picocli.CommandLine.Option;

/** {@code --config FILE}, shared by every command that reads or writes the kiosk's files: they all find the same. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "The kiosk's configuration file (see config/kiosk.sample.yaml); the defaults without it.")
    Path file;

    KioskConfig load() throws IOException {
        return KioskConfig.load(Optional.ofNullable(file));
    }

    /** The configuration, or empty after saying on {@code err} why it is unusable (file:line:column: message). */
    Optional<KioskConfig> loadOrReport(PrintWriter err) {
        try {
            return Optional.of(load());
        } catch (IOException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return Optional.empty();
        }
    }
}
