package jp.madoguchi.app.soak;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Predicate;
import jp.madoguchi.issuance.visit.VisitSnapshot;

/**
 * What the kiosk shows, as the soak's resident watches it: the newest snapshot, and a wait for one that satisfies
 * a condition. Woken by each snapshot rather than polling, so a visit costs what the kiosk takes, not a poll period.
 */
final class Screen implements Consumer<VisitSnapshot> {
    private VisitSnapshot latest;

    @Override
    public synchronized void accept(VisitSnapshot snapshot) {
        if (latest == null || snapshot.sequence() > latest.sequence()) {
            latest = snapshot;
        }
        notifyAll();
    }

    synchronized VisitSnapshot latest() {
        return latest;
    }

    /** The first snapshot that satisfies {@code wanted}; a {@link SoakFailure} naming {@code what} after the limit. */
    synchronized VisitSnapshot await(Predicate<VisitSnapshot> wanted, String what, Duration limit)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (latest == null || !wanted.test(latest)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SoakFailure("no " + what + " within " + limit.toSeconds() + " s, the kiosk shows "
                        + (latest == null ? "nothing" : latest.step()));
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return latest;
    }
}
