package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.CardStatus.CLA_NOT_SUPPORTED;
import static jp.madoguchi.card.virtual.CardStatus.INS_NOT_SUPPORTED;
import static jp.madoguchi.card.virtual.CardStatus.status;

import java.util.Map;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;

/**
 * Routes a command to its {@link CardCommand} by CLA and INS. CLA 00 carries the ISO commands, CLA 80 the
 * JPKI signature; any other CLA (secure messaging, logical channels) is 6E00 and an unknown INS 6D00, which
 * is what OpenSC's probes need to see to leave the card alone.
 */
final class ApduProcessor {
    private static final int ISO = 0x00;
    private static final int PROPRIETARY = 0x80;

    private final Map<Integer, CardCommand> commands = Map.of(
            key(ISO, 0xA4), new SelectFile(),
            key(ISO, 0xB0), new ReadBinary(),
            key(ISO, 0x20), new Verify(),
            key(ISO, 0x24), new ChangeReferenceData(),
            key(PROPRIETARY, 0x2A), new ComputeDigitalSignature());

    ResponseApdu process(CommandApdu command, SecurityState session) {
        if (command.cla() != ISO && command.cla() != PROPRIETARY) {
            return status(CLA_NOT_SUPPORTED);
        }
        CardCommand handler = commands.get(key(command.cla(), command.ins()));
        return handler == null ? status(INS_NOT_SUPPORTED) : handler.execute(command, session);
    }

    private static int key(int cla, int ins) {
        return (cla << 8) | ins;
    }
}
