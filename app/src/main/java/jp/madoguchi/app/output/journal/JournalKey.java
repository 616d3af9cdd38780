package jp.madoguchi.app.output.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import jp.madoguchi.issuance.visit.port.SerialKey;

/**
 * The file that holds the kiosk's {@link SerialKey}: 32 random bytes in hexadecimal, mode 0600, kept under the
 * configuration and never in the journal, so a copy of the journal alone links no card's visits. Created on first
 * use where the kiosk may (demo, training); a production kiosk's key is made at install ({@code postinst}).
 */
public final class JournalKey {
    private static final int BYTES = 32;
    private static final Set<PosixFilePermission> OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private JournalKey() {}

    /** The key in {@code file}; when it is missing, a new one written there if {@code create}, else an error. */
    public static SerialKey load(Path file, boolean create) throws IOException {
        if (!Files.exists(file)) {
            if (!create) {
                throw new IOException("the journal key " + file + " is missing (the package makes it at install;"
                        + " see docs/output.md)");
            }
            write(file);
        }
        if (Files.size(file) > 256) {
            throw new IOException("the journal key " + file + " is not a key file (" + Files.size(file) + " bytes)");
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")
                && Files.getPosixFilePermissions(file).stream().anyMatch(OTHERS::contains)) {
            throw new IOException("the journal key " + file + " can be read or written by others (chmod 600 it)");
        }
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        try {
            return SerialKey.of(HexFormat.of().parseHex(text));
        } catch (IllegalArgumentException e) {
            throw new IOException("the journal key " + file + " is not " + BYTES + " bytes in hexadecimal", e);
        }
    }

    /** Written beside, flushed, then moved into place: a crash leaves no half key. */
    private static void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        byte[] key = new byte[BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(dir, ".journal-key", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            out.write(ByteBuffer.wrap((HexFormat.of().formatHex(key) + "\n").getBytes(StandardCharsets.US_ASCII)));
            out.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        Durable.syncDirectory(dir);
    }
}
