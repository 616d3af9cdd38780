package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One kiosk per journal: {@code kiosk.lock} beside it, locked for as long as a session runs, holding the owner's
 * process id. Two kiosks on one journal would both answer the same reader, cash unit and printer and interleave
 * visits in one chain; the second one (the service restarted by hand, {@code acceptance} while the service runs)
 * is refused, naming the process that holds the lock. The operating system drops the lock when that process dies,
 * so a crash never leaves the kiosk locked out.
 */
final class KioskLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private KioskLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks the kiosk whose journal is {@code journal}, or fails saying who holds it. */
    static KioskLock acquire(Path journal) throws IOException {
        Path file = fileBeside(journal);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this process: another session on the same journal
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.US_ASCII).strip();
            channel.close();
            throw new IOException("another kiosk is running on " + journal + " (process "
                    + (holder.isEmpty() ? "unknown" : holder) + ", lock " + file + "); stop it first (systemctl stop"
                    + " madoguchi-kiosk)");
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        channel.force(false);
        return new KioskLock(channel, lock);
    }

    static Path fileBeside(Path journal) {
        return journal.toAbsolutePath().resolveSibling("kiosk.lock");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
