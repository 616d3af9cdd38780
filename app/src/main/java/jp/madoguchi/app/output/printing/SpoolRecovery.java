package jp.madoguchi.app.output.printing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Run once at start, before the first visit: deletes everything a killed kiosk left in the spool (each visit's
 * certificate PDFs and page previews, which carry name, birth date and address), since nothing else ever would.
 * The spool is the kiosk's alone, so every entry in it is a leftover; one visit runs at a time and none yet.
 */
public final class SpoolRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(SpoolRecovery.class);

    private SpoolRecovery() {}

    /**
     * Empties {@code spool} (creating it 0700 when missing, narrowing it to 0700 when wider) and returns how many
     * files were deleted, or -1 when it could not (logged). Logs counts only: file names hold document numbers.
     */
    public static int run(Path spool) {
        try {
            if (!Files.isDirectory(spool, LinkOption.NOFOLLOW_LINKS)) {
                OwnerOnly.directories(spool);
                return 0;
            }
            narrowIfWider(spool);
            int files = 0;
            int entries = 0;
            try (Stream<Path> listed = Files.list(spool)) {
                for (Path entry : listed.toList()) {
                    files += delete(entry);
                    entries++;
                }
            }
            if (entries > 0) {
                LOG.info("Deleted {} file(s) in {} spool entries left by an earlier run", files, entries);
            }
            return files;
        } catch (IOException | UncheckedIOException e) {
            // Not fatal: the spool printer then fails its jobs as spool errors, and a CUPS kiosk does not use it.
            LOG.error("Could not clear the spool {}: {}", spool, e.toString());
            return -1;
        }
    }

    /** Deletes a visit's directory (or a stray file) depth first, without following links; returns the files. */
    private static int delete(Path entry) throws IOException {
        int files = 0;
        try (Stream<Path> tree = Files.walk(entry)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    files++;
                }
                Files.delete(path);
            }
        }
        return files;
    }

    private static void narrowIfWider(Path spool) throws IOException {
        Set<PosixFilePermission> now = Files.getPosixFilePermissions(spool, LinkOption.NOFOLLOW_LINKS);
        if (!List.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE).containsAll(now)) {
            LOG.warn("The spool directory {} was readable by others; narrowed to 0700", spool);
            OwnerOnly.narrow(spool);
        }
    }
}
