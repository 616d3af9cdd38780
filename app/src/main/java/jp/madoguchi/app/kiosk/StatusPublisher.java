package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jp.madoguchi.app.kiosk.status.KioskStatus;
import jp.madoguchi.app.kiosk.status.StatusFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the kiosk's status file every few seconds on its own thread; a failed write is logged once per cause. */
final class StatusPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatusPublisher.class);
    private final StatusFile file;
    private final Supplier<KioskStatus> status;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread t = new Thread(task, "kiosk-status");
        t.setDaemon(true);
        return t;
    });
    private String lastError;

    StatusPublisher(StatusFile file, Supplier<KioskStatus> status) {
        this.file = file;
        this.status = status;
    }

    StatusPublisher start(Duration period) {
        thread.scheduleWithFixedDelay(this::publish, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void publish() {
        try {
            file.write(status.get());
            lastError = null;
        } catch (IOException | RuntimeException e) {
            if (!String.valueOf(e).equals(lastError)) {
                LOG.warn("The status file {} cannot be written: {}", file.path(), e.toString());
                lastError = String.valueOf(e);
            }
        }
    }

    @Override
    public void close() {
        // A round under way finishes, uninterrupted: nothing is written after close returns, and no half file.
        thread.shutdown();
        try {
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
