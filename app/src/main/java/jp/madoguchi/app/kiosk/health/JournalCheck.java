package jp.madoguchi.app.kiosk.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/** The journal file is there and writable (with its directory, where SQLite keeps its WAL). */
public record JournalCheck(Path file) implements HealthCheck {
    @Override
    public Optional<Outage> check() {
        Path directory = file.toAbsolutePath().getParent();
        if (!Files.isRegularFile(file) || !Files.isWritable(file)) {
            return Optional.of(new Outage(ServiceCheck.JOURNAL, file + " is missing or not writable"));
        }
        if (directory == null || !Files.isWritable(directory)) {
            return Optional.of(new Outage(ServiceCheck.JOURNAL, "the journal's directory is not writable"));
        }
        return Optional.empty();
    }
}
