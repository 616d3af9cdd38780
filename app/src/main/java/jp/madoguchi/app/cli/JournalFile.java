package jp.madoguchi.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.madoguchi.app.output.journal.Journal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The journal the commands read: {@code --db}, else the configuration's {@code journal}, else the kiosk's default
 * ({@code journal.db} in the data directory), the same file the kiosk writes. They only read, so a missing file is
 * an error.
 */
final class JournalFile {
    @Option(names = "--db", paramLabel = "FILE", description = "Journal database (default: the configuration's"
            + " journal, else journal.db in $XDG_DATA_HOME/madoguchi or ~/.local/share/madoguchi).")
    Path db;

    @Mixin
    ConfigOption config;

    Path path() throws IOException {
        return db != null ? db : config.load().journalFile();
    }

    /** The opened journal, or empty when there is no such file (the caller reports it). */
    Optional<Journal> open() throws IOException {
        Path path = path();
        return Files.isRegularFile(path) ? Optional.of(Journal.openReadOnly(path)) : Optional.empty();
    }
}
