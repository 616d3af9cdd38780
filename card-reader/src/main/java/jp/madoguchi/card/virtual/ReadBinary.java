package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.CardStatus.INCOMPATIBLE_WITH_FILE;
import static jp.madoguchi.card.virtual.CardStatus.NOT_FOUND;
import static jp.madoguchi.card.virtual.CardStatus.NO_CURRENT_EF;
import static jp.madoguchi.card.virtual.CardStatus.OFFSET_OUT_OF_RANGE;
import static jp.madoguchi.card.virtual.CardStatus.SECURITY_NOT_SATISFIED;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_LENGTH;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_P1P2;
import static jp.madoguchi.card.virtual.CardStatus.ok;
import static jp.madoguchi.card.virtual.CardStatus.status;

import java.util.Optional;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;

/**
 * READ BINARY (INS B0), case 2 only. P1 bit 8 clear: 15-bit offset in the current EF. P1 bit 8 set: short EF
 * id in P1's low 5 bits (it becomes the current EF) and an 8-bit offset in P2, as myna-card and jsapdu send.
 * Returns up to Le bytes, fewer at the end of the file, and 6B00 at or past the end (docs/card.md).
 *
 * <p>With no current EF the answer is 6986 ("no current EF"), not 6982: nothing is protected, there is simply
 * nothing to read.
 */
final class ReadBinary implements CardCommand {
    private static final int SHORT_EF = 0x80;

    @Override
    public ResponseApdu execute(CommandApdu command, SecurityState session) {
        if (command.data().length > 0 || command.ne() == 0) {
            return status(WRONG_LENGTH);
        }
        int p1 = command.p1();
        Optional<CardFile> target;
        int offset;
        if ((p1 & SHORT_EF) != 0) {
            if ((p1 & 0x60) != 0 || (p1 & 0x1F) == 0) {
                return status(WRONG_P1P2);
            }
            target = session.file(p1 & 0x1F);
            if (target.isEmpty()) {
                return status(NOT_FOUND);
            }
            session.select(target.get());
            offset = command.p2();
        } else {
            target = session.currentFile();
            if (target.isEmpty()) {
                return status(NO_CURRENT_EF);
            }
            offset = (p1 << 8) | command.p2();
        }
        return read(target.get(), offset, command.ne(), session);
    }

    private static ResponseApdu read(CardFile file, int offset, int length, SecurityState session) {
        if (!(file instanceof CardFile.Binary binary)) {
            return status(INCOMPATIBLE_WITH_FILE);
        }
        if (!session.mayUse(binary.guard())) {
            return status(SECURITY_NOT_SATISFIED);
        }
        if (offset >= binary.size()) {
            return status(OFFSET_OUT_OF_RANGE);
        }
        return ok(binary.read(offset, length));
    }
}
