package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.CardStatus.INCOMPATIBLE_WITH_FILE;
import static jp.madoguchi.card.virtual.CardStatus.NOT_FOUND;
import static jp.madoguchi.card.virtual.CardStatus.NO_CURRENT_EF;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_P1P2;

import java.util.Optional;

/**
 * Resolves the PIN a VERIFY or CHANGE REFERENCE DATA addresses: P2=80 means the current EF, P2=80|SFI a PIN
 * of the current application by short id (jsapdu, myna-card) without changing the current EF.
 *
 * @param pin   the PIN, or null when {@code error} says why there is none
 * @param error the status word to answer when {@code pin} is null
 */
record PinTarget(CardFile.Pin pin, int error) {
    static PinTarget resolve(int p2, SecurityState session) {
        Optional<CardFile> file;
        if (p2 == 0x80) {
            file = session.currentFile();
            if (file.isEmpty()) {
                return new PinTarget(null, NO_CURRENT_EF);
            }
        } else if ((p2 & 0xE0) == 0x80) {
            file = session.file(p2 & 0x1F);
            if (file.isEmpty()) {
                return new PinTarget(null, NOT_FOUND);
            }
        } else {
            return new PinTarget(null, WRONG_P1P2);
        }
        return file.get() instanceof CardFile.Pin pin
                ? new PinTarget(pin, 0)
                : new PinTarget(null, INCOMPATIBLE_WITH_FILE);
    }

    boolean found() {
        return pin != null;
    }
}
