package jp.madoguchi.app.soak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * What the kiosk's process holds after {@code visits} visits, taken between two visits: heap in use after full
 * collections (the least of a few samples, so a collection that ran short does not count as growth), live threads,
 * open file descriptors, the journal on disk, and the spool directory's entries. {@code msPerVisit} is the mean
 * time of the visits since the previous footprint.
 */
record Footprint(int visits, long heapBytes, int threads, long fds, long journalBytes, long journalRecords,
        long spoolEntries, double msPerVisit) {
    private static final int SAMPLES = 3;
    private static final Path FDS = Path.of("/proc/self/fd");

    static Footprint take(int visits, SoakKiosk kiosk, Path journalFile, double msPerVisit)
            throws InterruptedException {
        long heap = Long.MAX_VALUE;
        for (int i = 0; i < SAMPLES; i++) {
            System.gc();
            Thread.sleep(50); // lets the reference handler and cleaners run between the collections
            System.gc();
            heap = Math.min(heap, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return new Footprint(visits, heap, ManagementFactory.getThreadMXBean().getThreadCount(), openFiles(),
                size(journalFile) + size(journalFile.resolveSibling(journalFile.getFileName() + "-wal")),
                kiosk.journal().head().records(), kiosk.spoolEntries(), msPerVisit);
    }

    /** Open file descriptors of this process, without the one listing them; -1 where there is no /proc. */
    static long openFiles() {
        if (!Files.isDirectory(FDS)) {
            return -1;
        }
        try (Stream<Path> fds = Files.list(FDS)) {
            return fds.count() - 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
