package jp.madoguchi.app.kiosk.health;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/**
 * The journal file can be written, with its directory (where SQLite keeps its WAL). A running kiosk's journal must
 * exist: one deleted under it would take the records written since with it. Before the first start
 * ({@code config check}) it is enough that the kiosk can create it.
 */
public record JournalCheck(Path file, boolean mustExist) implements HealthCheck {
    @Override
    public ServiceCheck subject() {
        return ServiceCheck.JOURNAL;
    }

    @Override
    public Optional<Outage> check() {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute)) {
            if (!Files.isRegularFile(absolute) || !Files.isWritable(absolute)) {
                return outage(file + " is not a writable file");
            }
            return Files.isWritable(absolute.getParent()) ? Optional.empty()
                    : outage("the journal's directory " + absolute.getParent() + " is not writable");
        }
        if (mustExist) {
            return outage(file + " is missing: it was removed while the kiosk ran");
        }
        Path parent = absolute.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        return parent != null && Files.isDirectory(parent) && Files.isWritable(parent) ? Optional.empty()
                : outage(file + " cannot be created: " + parent + " is not a writable directory");
    }

    private static Optional<Outage> outage(String detail) {
        return Optional.of(new Outage(ServiceCheck.JOURNAL, detail));
    }
}
