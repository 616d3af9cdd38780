package jp.madoguchi.issuance.visit.simulate;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * The snapshots of one kiosk as a simulated resident sees them: it waits for the screen to change and skips the
 * screens where the kiosk is busy (reading, checking the PIN, printing), as a person would just watch them.
 */
final class SnapshotFeed implements Consumer<VisitSnapshot> {
    private final BlockingQueue<VisitSnapshot> queue = new LinkedBlockingQueue<>();
    private volatile VisitSnapshot latest;

    /** @param current what the kiosk shows before the subscription delivers anything */
    SnapshotFeed(VisitSnapshot current) {
        latest = current;
    }

    @Override
    public void accept(VisitSnapshot snapshot) {
        latest = snapshot;
        queue.add(snapshot);
    }

    VisitSnapshot latest() {
        return latest;
    }

    /** The newest snapshot after {@code sequence} that awaits the resident; empty if none came in time. */
    Optional<VisitSnapshot> awaitTurn(long sequence, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        VisitSnapshot turn = null;
        while (turn == null) {
            VisitSnapshot next = queue.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (next == null) {
                return Optional.empty();
            }
            if (next.sequence() > sequence && !busy(next.step())) {
                turn = next;
            }
        }
        // Later snapshots already queued supersede it (e.g. the reader reporting the card gone a moment later).
        for (VisitSnapshot next = queue.poll(); next != null; next = queue.poll()) {
            if (!busy(next.step())) {
                turn = next;
            }
        }
        return Optional.of(turn);
    }

    static boolean busy(VisitStep step) {
        return step instanceof ReadingCard || step instanceof CheckingPin || step instanceof Printing;
    }
}
