package jp.madoguchi.card.virtual.fuzz;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

/**
 * The reader of one fuzz case. Presence answers at once: {@code FailedExchange} asks it, after a failed exchange,
 * whether the card left (pcscd would tell within a 400 ms poll; waiting that long would make a million cases take
 * days), and the case decided beforehand whether the card left or stayed.
 */
final class FuzzTerminal extends CardTerminal {
    static final String NAME = "Madoguchi Fuzz Reader 00";
    private final FuzzCard card;
    private volatile boolean present = true;

    FuzzTerminal(CaseWire wire) {
        this.card = new FuzzCard(this, wire);
    }

    void pulled() {
        present = false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Card connect(String protocol) throws CardException {
        if (!present) {
            throw new CardException("connect() failed", new FuzzChannel.ScardFailure("SCARD_E_NO_SMARTCARD"));
        }
        return card;
    }

    @Override
    public boolean isCardPresent() {
        return present;
    }

    @Override
    public boolean waitForCardPresent(long timeout) {
        return present;
    }

    @Override
    public boolean waitForCardAbsent(long timeout) {
        return !present;
    }
}
