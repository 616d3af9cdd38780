package jp.madoguchi.app.output.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Spool directories (0700) and files (0600) that only the kiosk's user can read: a spooled certificate carries the
 * resident's name, birth date and address. The mode is given at creation, so there is no moment in which another
 * user could open the file before a chmod.
 */
final class OwnerOnly {
    private static final FileAttribute<Set<PosixFilePermission>> DIRECTORY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
    private static final FileAttribute<Set<PosixFilePermission>> FILE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private OwnerOnly() {}

    /** Creates {@code dir} and any missing parents as 0700; existing ones are left as they are. */
    static Path directories(Path dir) throws IOException {
        return Files.createDirectories(dir, DIRECTORY);
    }

    /** Opens {@code file} for writing from the start, creating it as 0600 (a reprint rewrites its own file). */
    static OutputStream create(Path file) throws IOException {
        return Channels.newOutputStream(Files.newByteChannel(file, Set.of(StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), FILE));
    }

    /** Narrows a directory made by an earlier version (or by hand) to 0700 before anything is spooled in it. */
    static void narrow(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, DIRECTORY.value());
    }
}
