package jp.madoguchi.ui.kiosk;

import java.util.List;
import java.util.function.Consumer;

/**
 * The demonstration cash acceptor as the screen sees it: coins and notes to insert and what the device shows. The
 * app implements it over its payment device; no real money moves.
 */
public interface DemoCash {
    /** What the device shows: {@code collecting} while money is due; after payment, the change given. */
    record Display(int due, int inserted, int change, boolean collecting) {
        public static final Display IDLE = new Display(0, 0, 0, false);

        /** Shown while collecting and, after payment, until the next payment starts. */
        public boolean visible() {
            return collecting || due > 0;
        }
    }

    /** The yen values the device takes, smallest first. */
    List<Integer> denominations();

    /** Inserts one coin or note; ignored when nothing is due. Returns at once. */
    void insert(int yen);

    /** {@code listener} hears the current display at once and every change after, from any thread. */
    void subscribe(Consumer<Display> listener);
}
