package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import jp.madoguchi.app.kiosk.health.EveryFewSeconds;
import jp.madoguchi.app.kiosk.status.KioskStatus;
import jp.madoguchi.app.kiosk.status.StatusFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the kiosk's status file every few seconds on its own thread; a failed write is logged once per cause. */
final class StatusPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StatusPublisher.class);
    private final StatusFile file;
    private final Supplier<KioskStatus> status;
    private final EveryFewSeconds thread = new EveryFewSeconds("kiosk-status");
    private String lastError;

    StatusPublisher(StatusFile file, Supplier<KioskStatus> status) {
        this.file = file;
        this.status = status;
    }

    StatusPublisher start(Duration period) {
        thread.run(this::publish, Duration.ZERO, period);
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
        thread.close();
    }
}
