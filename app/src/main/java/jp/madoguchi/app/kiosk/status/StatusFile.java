package jp.madoguchi.app.kiosk.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@code status.json} beside the journal: written whole to a temporary file and moved into place, so a reader never
 * sees half a status; read back by {@code madoguchi status}.
 */
public final class StatusFile {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;

    public StatusFile(Path file) {
        this.file = file;
    }

    /** The status file of the kiosk whose journal is {@code journal}. */
    public static StatusFile beside(Path journal) {
        return new StatusFile(journal.toAbsolutePath().resolveSibling("status.json"));
    }

    public Path path() {
        return file;
    }

    public void write(KioskStatus status) throws IOException {
        Files.createDirectories(file.getParent());
        Path next = file.resolveSibling(file.getFileName() + ".next");
        JSON.writeValue(next.toFile(), status);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The last status written, or empty when no kiosk has written one here. */
    public Optional<KioskStatus> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(file.toFile(), KioskStatus.class));
    }
}
