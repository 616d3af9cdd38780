package jp.madoguchi.issuance.visit.simulate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told: simulations jump straight to the next deadline instead of waiting, and tests
 * step through timeouts to the millisecond. Thread-safe; time never goes backwards.
 */
public final class SimulatedClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public SimulatedClock(Instant start) {
        this(new AtomicReference<>(start), ZoneId.of("Asia/Tokyo"));
    }

    private SimulatedClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("time never goes backwards: " + by);
        }
        now.updateAndGet(current -> current.plus(by));
    }

    /** Moves to {@code instant} if it lies ahead; an instant already passed changes nothing. */
    public void advanceTo(Instant instant) {
        now.updateAndGet(current -> instant.isAfter(current) ? instant : current);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** Shares this clock's time, seen in another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return new SimulatedClock(now, other);
    }
}
