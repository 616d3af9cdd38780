package jp.madoguchi.card.virtual.pcsc;

import java.util.Map;
import javax.smartcardio.CardTerminals.State;

/**
 * SunPCSC's bookkeeping for {@code waitForChange} and the event states of {@code list}: the reader marks
 * before and after the last change seen. Before the first {@code waitForChange}, CARD_INSERTION and
 * CARD_REMOVAL behave like CARD_PRESENT and CARD_ABSENT, as in PCSCTerminals.
 */
final class ChangeTracker {
    private Map<String, VirtualPcscTerminal.ReaderMark> previous;
    private Map<String, VirtualPcscTerminal.ReaderMark> current;

    boolean started() {
        return current != null;
    }

    void record(Map<String, VirtualPcscTerminal.ReaderMark> marks) {
        previous = current == null ? marks : current;
        current = Map.copyOf(marks);
    }

    boolean isCurrent(Map<String, VirtualPcscTerminal.ReaderMark> marks) {
        return marks.equals(current);
    }

    boolean matches(State state, String reader, boolean presentNow) {
        return switch (state) {
            case ALL -> true;
            case CARD_PRESENT -> presentNow;
            case CARD_ABSENT -> !presentNow;
            case CARD_INSERTION -> started() ? !present(previous, reader) && present(current, reader) : presentNow;
            case CARD_REMOVAL -> started() ? present(previous, reader) && !present(current, reader) : !presentNow;
        };
    }

    /** A reader that was not there yet counts as empty (SunPCSC starts new readers as UNAWARE). */
    private static boolean present(Map<String, VirtualPcscTerminal.ReaderMark> marks, String reader) {
        VirtualPcscTerminal.ReaderMark mark = marks.get(reader);
        return mark != null && mark.present();
    }
}
