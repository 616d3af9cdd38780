package jp.madoguchi.app.kiosk.health;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/**
 * Enough space is free where the journal and the spool live. Below the floor the kiosk stops before a journal write
 * can fail mid-payment: the journal must lose nothing.
 */
public record DiskCheck(Path directory, long minimumFreeBytes) implements HealthCheck {
    /** 200 MB: thousands of visits' journal records and a day's spool, with room to spare. */
    public static final long DEFAULT_MINIMUM = 200L * 1024 * 1024;

    @Override
    public ServiceCheck subject() {
        return ServiceCheck.DISK;
    }

    @Override
    public Optional<Outage> check() {
        try {
            long free = Files.getFileStore(existing(directory)).getUsableSpace();
            if (free < minimumFreeBytes) {
                return Optional.of(new Outage(ServiceCheck.DISK, String.format(Locale.ROOT,
                        "%d MB free for %s, at least %d MB needed", free >> 20, directory, minimumFreeBytes >> 20)));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Outage(ServiceCheck.DISK, "free space of " + directory + " unknown: " + e));
        }
    }

    /** The directory, or its nearest existing parent (the kiosk creates the directory on first use). */
    private static Path existing(Path path) {
        Path at = path.toAbsolutePath();
        while (at != null && !Files.exists(at)) {
            at = at.getParent();
        }
        return at == null ? path : at;
    }
}
