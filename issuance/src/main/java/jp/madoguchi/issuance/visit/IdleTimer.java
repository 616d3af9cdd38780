package jp.madoguchi.issuance.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.madoguchi.issuance.visit.step.IdleWarning;

/**
 * Inactivity: silent for {@code after}, then a countdown of {@code warning}, then the visit is wiped. Pure
 * arithmetic on instants; the machine decides on which steps it applies and feeds it activity.
 */
final class IdleTimer {
    private static final Duration SECOND = Duration.ofSeconds(1);
    private final Duration after;
    private final Duration warning;
    private Instant lastActivity;

    IdleTimer(Duration after, Duration warning, Instant start) {
        this.after = after;
        this.warning = warning;
        this.lastActivity = start;
    }

    void activity(Instant now) {
        lastActivity = now;
    }

    boolean expired(Instant now) {
        return !now.isBefore(resetAt());
    }

    /** The overlay to show at {@code now}: present from {@code after} until the reset, counting whole seconds up. */
    Optional<IdleWarning> warning(Instant now) {
        Instant warnAt = lastActivity.plus(after);
        if (now.isBefore(warnAt) || expired(now)) {
            return Optional.empty();
        }
        long millisLeft = Duration.between(now, resetAt()).toMillis();
        return Optional.of(new IdleWarning((int) ((millisLeft + 999) / 1000)));
    }

    /** The next instant at which what the timer shows changes: the warning, each second of it, or the reset. */
    Instant nextChange(Instant now) {
        Instant warnAt = lastActivity.plus(after);
        if (now.isBefore(warnAt)) {
            return warnAt;
        }
        Instant next = resetAt();
        while (next.minus(SECOND).isAfter(now)) {
            next = next.minus(SECOND);
        }
        return next;
    }

    private Instant resetAt() {
        return lastActivity.plus(after).plus(warning);
    }
}
