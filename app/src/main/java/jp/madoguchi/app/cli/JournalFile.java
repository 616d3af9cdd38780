package jp.madoguchi.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import jp.madoguchi.app.output.OutputSettings;
import jp.madoguchi.app.output.journal.Journal;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by the journal commands; they only read, so a missing file is an error. */
final class JournalFile {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Journal database (default: $MADOGUCHI_JOURNAL or ~/.madoguchi/journal.db).")
    Path db;

    Path path() {
        return Optional.ofNullable(db).orElseGet(() -> OutputSettings.fromEnvironment().journal());
    }

    /** The opened journal, or empty when there is no such file (the caller reports it). */
    Optional<Journal> open() {
        Path path = path();
        return Files.isRegularFile(path) ? Optional.of(Journal.open(path, Clock.systemUTC())) : Optional.empty();
    }
}
