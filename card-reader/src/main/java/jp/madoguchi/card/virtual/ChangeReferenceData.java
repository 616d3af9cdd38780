package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.CardStatus.REFERENCE_DATA_BLOCKED;
import static jp.madoguchi.card.virtual.CardStatus.SECURITY_NOT_SATISFIED;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_DATA;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_LENGTH;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_P1P2;
import static jp.madoguchi.card.virtual.CardStatus.ok;
import static jp.madoguchi.card.virtual.CardStatus.status;

import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.pin.Pin;

/**
 * CHANGE REFERENCE DATA (INS 24, P1 01: new value only) after a VERIFY of the same PIN in this session, as
 * jpki/myna's change_pin does. A new value outside the PIN's format is refused with 6A80 and changes nothing.
 */
final class ChangeReferenceData implements CardCommand {
    @Override
    public ResponseApdu execute(CommandApdu command, SecurityState session) {
        if (command.p1() != 0x01) {
            return status(WRONG_P1P2);
        }
        PinTarget target = PinTarget.resolve(command.p2(), session);
        if (!target.found()) {
            return status(target.error());
        }
        byte[] newValue = command.data();
        if (newValue.length == 0 || command.ne() != 0) {
            return status(WRONG_LENGTH);
        }
        PinCounter counter = target.pin().counter();
        if (counter.blocked()) {
            return status(REFERENCE_DATA_BLOCKED);
        }
        if (!session.isVerified(target.pin().fid())) {
            return status(SECURITY_NOT_SATISFIED);
        }
        if (!fitsFormat(counter, newValue)) {
            return status(WRONG_DATA);
        }
        counter.change(newValue);
        return ok();
    }

    private static boolean fitsFormat(PinCounter counter, byte[] ascii) {
        char[] chars = new char[ascii.length];
        for (int i = 0; i < ascii.length; i++) {
            chars[i] = (char) (ascii[i] & 0xFF);
            if (Character.isLowerCase(chars[i])) {
                return false;
            }
        }
        return Pin.check(counter.kind(), chars).isEmpty();
    }
}
