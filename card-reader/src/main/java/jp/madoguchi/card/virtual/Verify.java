package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.CardStatus.REFERENCE_DATA_BLOCKED;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_LENGTH;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_P1P2;
import static jp.madoguchi.card.virtual.CardStatus.ok;
import static jp.madoguchi.card.virtual.CardStatus.status;
import static jp.madoguchi.card.virtual.CardStatus.triesLeft;

import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;

/**
 * VERIFY (INS 20, P1 00). Empty (case 1): 63Cx with the tries left, never 9000, even when the PIN is already
 * verified, because OpenSC's PKCS#15 bind fails on anything but SW1=63. With data (case 3): 9000 and a full
 * counter, or 63Cx with the tries left after this failure (63C0 when it used the last one), or 6984 once
 * blocked. A failure also forgets an earlier successful VERIFY of the same PIN.
 */
final class Verify implements CardCommand {
    @Override
    public ResponseApdu execute(CommandApdu command, SecurityState session) {
        if (command.p1() != 0x00) {
            return status(WRONG_P1P2);
        }
        PinTarget target = PinTarget.resolve(command.p2(), session);
        if (!target.found()) {
            return status(target.error());
        }
        PinCounter counter = target.pin().counter();
        if (CardCommand.isCase1(command)) {
            return triesLeft(counter.triesLeft());
        }
        if (command.ne() != 0) {
            return status(WRONG_LENGTH);
        }
        if (counter.blocked()) {
            return status(REFERENCE_DATA_BLOCKED);
        }
        int fid = target.pin().fid();
        if (counter.verify(command.data())) {
            session.markVerified(fid);
            return ok();
        }
        session.forget(fid);
        return triesLeft(counter.triesLeft());
    }
}
