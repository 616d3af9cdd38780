package jp.madoguchi.issuance.visit;

import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Runs inputs one after another on the calling thread. An input that arrives while another is being handled (a
 * port answering synchronously from inside a request) waits its turn instead of re-entering the machine.
 */
final class Inbox {
    private final Queue<Runnable> queue = new ArrayDeque<>();
    private boolean draining;

    void run(Runnable input) {
        queue.add(input);
        if (draining) {
            return;
        }
        draining = true;
        try {
            for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
                next.run();
            }
        } finally {
            draining = false;
        }
    }
}
