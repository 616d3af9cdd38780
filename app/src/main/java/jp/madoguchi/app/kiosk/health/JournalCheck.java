package jp.madoguchi.app.kiosk.health;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/**
 * The journal file can be written, with its directory (where SQLite keeps its WAL). A running kiosk's journal must
 * exist: one deleted under it would take the records written since with it. Before the first start
 * ({@code config check}) it is enough that the kiosk can create it.
 */
public record JournalCheck(Path file, boolean mustExist) implements HealthCheck {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

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
            if (!Files.isWritable(absolute.getParent())) {
                return outage("the journal's directory " + absolute.getParent() + " is not writable");
            }
            return notSqlite(absolute) ? outage(file + " is not a journal: not an SQLite database (it does not"
                    + " start with 'SQLite format 3')") : Optional.empty();
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

    /**
     * SQLite's own header, read without opening the database: {@code config check} never opens the journal, and a
     * garbage file would otherwise be found only when the kiosk starts. An empty file is one SQLite will initialise.
     */
    private static boolean notSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            return head.length > 0 && !Arrays.equals(head, SQLITE_HEADER);
        } catch (IOException e) {
            return true;
        }
    }

    private static Optional<Outage> outage(String detail) {
        return Optional.of(new Outage(ServiceCheck.JOURNAL, detail));
    }
}
