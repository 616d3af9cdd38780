package jp.madoguchi.card.virtual.pcsc;

import javax.smartcardio.CardException;

/**
 * The one lock of a {@link VirtualTerminals} and its readers, with the waiting the javax.smartcardio API
 * needs: {@code waitForChange}, {@code waitForCardPresent/Absent}. Callers synchronize on this object;
 * every state change calls {@link #changed()}.
 */
final class TerminalsLock {
    /** Must be called while holding this monitor. */
    void changed() {
        notifyAll();
    }

    /**
     * Waits until {@code condition} holds or {@code timeoutMillis} pass (0 = forever, as in javax.smartcardio).
     *
     * @return false on timeout
     */
    synchronized boolean await(long timeoutMillis, Condition condition) throws CardException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout must not be negative");
        }
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (!condition.holds()) {
            long left = timeoutMillis == 0 ? 0 : (deadline - System.nanoTime()) / 1_000_000L;
            if (timeoutMillis != 0 && left <= 0) {
                return false;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CardException("wait interrupted", e);
            }
        }
        return true;
    }

    /** A reader state to wait for; checked under the monitor. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws CardException;
    }
}
