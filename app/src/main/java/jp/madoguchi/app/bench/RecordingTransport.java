package jp.madoguchi.app.bench;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.card.apdu.ApduTransport;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.fault.CardFaultException;

/**
 * Keeps the commands of one authentication so the raw loop can replay exactly the same APDUs. The VERIFY
 * among them holds the virtual card's test PIN; {@link #wipe()} clears every copy after the replay.
 */
final class RecordingTransport implements ApduTransport {
    private final ApduTransport next;
    private final List<CommandApdu> commands = new ArrayList<>();

    RecordingTransport(ApduTransport next) {
        this.next = next;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        commands.add(new CommandApdu(command.bytes())); // a copy: the PIN verifier wipes its own after sending
        return next.transmit(command);
    }

    int count() {
        return commands.size();
    }

    List<CommandApdu> commands() {
        return List.copyOf(commands);
    }

    void wipe() {
        commands.forEach(CommandApdu::wipe);
        commands.clear();
    }
}
