package jp.madoguchi.card.virtual.pcsc;

import javax.smartcardio.CardTerminals;
import jp.madoguchi.card.pcsc.TerminalSource;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holder;

/**
 * The in-process virtual reader with a virtual My Number card in it: what the kiosk and the staff commands
 * use when no real reader is attached (demo, training, development). Goes through the same reader service
 * as real PC/SC.
 */
public final class VirtualReader implements TerminalSource {
    public static final String READER_NAME = "Madoguchi Virtual Reader 00";
    private final VirtualTerminals terminals = new VirtualTerminals();

    public VirtualReader(Holder holderOrNull) {
        terminals.addReader(READER_NAME);
        if (holderOrNull != null) {
            terminals.insert(READER_NAME, VirtualMyNumberCard.of(holderOrNull));
        }
    }

    /** Places a holder's card, replacing any card in the reader (the UI's "place card" control). */
    public void insert(Holder holder) {
        terminals.yank(READER_NAME);
        terminals.insert(READER_NAME, VirtualMyNumberCard.of(holder));
    }

    /** Places a prepared card (tests use this to tamper with responses). */
    public void insert(VirtualMyNumberCard card) {
        terminals.yank(READER_NAME);
        terminals.insert(READER_NAME, card);
    }

    public void remove() {
        terminals.yank(READER_NAME);
    }

    /** The underlying terminals, for removal timing in tests ({@code yankAfter}). */
    public VirtualTerminals controls() {
        return terminals;
    }

    @Override
    public CardTerminals terminals() {
        return terminals;
    }

    @Override
    public String describe() {
        return "the in-process virtual card";
    }
}
