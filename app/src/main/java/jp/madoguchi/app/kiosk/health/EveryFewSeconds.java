package jp.madoguchi.app.kiosk.health;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread running a task at a fixed delay, for the kiosk's health checks and its status file. Closing
 * lets a round under way finish uninterrupted (no half-written file, nothing done after close returns), waiting at
 * most 5 s.
 */
public final class EveryFewSeconds implements AutoCloseable {
    private final ScheduledExecutorService thread;

    public EveryFewSeconds(String name) {
        thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} after {@code first}, then every {@code period} after each round ends. */
    public EveryFewSeconds run(Runnable task, Duration first, Duration period) {
        thread.scheduleWithFixedDelay(task, first.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    @Override
    public void close() {
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
