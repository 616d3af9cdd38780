package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.CardStatus.NOT_FOUND;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_LENGTH;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_P1P2;
import static jp.madoguchi.card.virtual.CardStatus.ok;
import static jp.madoguchi.card.virtual.CardStatus.status;

import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;

/**
 * SELECT (INS A4). P1=04 selects an application by AID, P1=02 an EF of the current application by FID; the
 * real card rejects other P1 for EFs (OpenSC PR #801). P2 may be 0C (no FCI) or 00, which is answered
 * without FCI because the real card's FCI is undocumented.
 *
 * <p>Anything unknown is 6A82, never 9000: OpenSC's probe drivers (CoolKey, MUSCLE, PIV ...) would claim the
 * card otherwise. A failed SELECT leaves the current selection as it was (ISO 7816-4).
 */
final class SelectFile implements CardCommand {
    private static final int BY_FID = 0x02;
    private static final int BY_AID = 0x04;

    @Override
    public ResponseApdu execute(CommandApdu command, SecurityState session) {
        if (command.p2() != 0x0C && command.p2() != 0x00) {
            return status(WRONG_P1P2);
        }
        byte[] id = command.data();
        return switch (command.p1()) {
            case BY_AID -> selectApplication(id, session);
            case BY_FID -> selectFile(id, session);
            default -> status(WRONG_P1P2);
        };
    }

    private static ResponseApdu selectApplication(byte[] aid, SecurityState session) {
        if (aid.length == 0) {
            return status(WRONG_LENGTH);
        }
        return session.findApplication(aid).map(app -> {
            session.enter(app);
            return ok();
        }).orElse(status(NOT_FOUND));
    }

    private static ResponseApdu selectFile(byte[] fid, SecurityState session) {
        if (fid.length != 2) {
            return status(WRONG_LENGTH);
        }
        int id = ((fid[0] & 0xFF) << 8) | (fid[1] & 0xFF);
        return session.file(id).map(file -> {
            session.select(file);
            return ok();
        }).orElse(status(NOT_FOUND));
    }
}
