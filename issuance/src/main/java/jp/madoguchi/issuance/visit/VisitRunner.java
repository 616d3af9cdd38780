package jp.madoguchi.issuance.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link VisitMachine} on its own thread ("visit") for a UI: actions and port events are queued to that
 * thread, and ticks are scheduled for the machine's next deadline. With {@link #manual} nothing is scheduled and
 * the owner moves the clock and calls {@link #tick()} (simulations). The UI hops to its own thread in its listener.
 */
public final class VisitRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VisitRunner.class);
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "visit");
        t.setDaemon(true);
        return t;
    });
    private final VisitDependencies deps;
    private final boolean scheduleTicks;
    private volatile VisitMachine machine; // built on the visit thread, before any event can reach it
    private ScheduledFuture<?> timer; // visit thread only

    private VisitRunner(VisitDependencies deps, boolean scheduleTicks) {
        this.deps = deps;
        this.scheduleTicks = scheduleTicks;
        call(() -> machine = new VisitMachine(deps, this::execute));
    }

    /** A runner that keeps time with the dependencies' clock. */
    public static VisitRunner start(VisitDependencies deps) {
        return new VisitRunner(deps, true);
    }

    /** A runner that ticks only when told to. */
    public static VisitRunner manual(VisitDependencies deps) {
        return new VisitRunner(deps, false);
    }

    /** From any thread. */
    public void send(ResidentAction action) {
        execute(() -> machine.act(action));
    }

    /** From any thread: the kiosk's health checks found this (see {@link VisitMachine#onHealth}). */
    public void health(ServiceHealth health) {
        execute(() -> machine.onHealth(health));
    }

    /** Fires what is due at the clock's current time, and returns once that is done. Not from the visit thread. */
    public void tick() {
        call(() -> {
            machine.tick();
            reschedule();
            return null;
        });
    }

    /** {@code listener} is called on the visit thread: at once with the current snapshot, then on every change. */
    public void subscribe(Consumer<VisitSnapshot> listener) {
        execute(() -> machine.subscribe(listener));
    }

    /** The latest snapshot, from any thread. */
    public VisitSnapshot current() {
        return machine.snapshot();
    }

    /** Waits for everything queued so far to be handled, then answers when the machine next needs a tick. */
    public Optional<Instant> nextDeadline() {
        return call(machine::nextDeadline);
    }

    private void execute(Runnable input) {
        try {
            thread.execute(() -> {
                input.run();
                reschedule();
            });
        } catch (RejectedExecutionException e) {
            if (!thread.isShutdown()) {
                throw e;
            }
            // The kiosk is closing: a reader or device event that arrives now has no visit left to reach.
            LOG.debug("event after the visit runner closed: dropped");
        }
    }

    private void reschedule() {
        if (!scheduleTicks) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
        }
        timer = machine.nextDeadline().map(due -> {
            long millis = Math.max(0, Duration.between(deps.clock().instant(), due).toMillis());
            return thread.schedule(() -> execute(machine::tick), millis, TimeUnit.MILLISECONDS);
        }).orElse(null);
    }

    private <T> T call(Callable<T> question) {
        try {
            return thread.submit(question).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the visit thread", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the visit thread failed", e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
