package jp.madoguchi.card.virtual;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves vpcd's requests for one inserted card until the connection ends. APDUs are never logged. */
final class VpcdSession {
    static final byte POWER_OFF = 0x00;
    static final byte POWER_ON = 0x01;
    static final byte RESET = 0x02;
    static final byte GET_ATR = 0x04;
    private static final byte[] NO_DIAGNOSIS = {0x6F, 0x00};
    private static final Logger LOG = LoggerFactory.getLogger(VpcdSession.class);

    private final VpcdConnection connection;
    private final VirtualMyNumberCard card;

    VpcdSession(VpcdConnection connection, VirtualMyNumberCard card) {
        this.connection = connection;
        this.card = card;
    }

    /** Returns when vpcd or {@link VpcdClient} closes the connection. */
    void serve() {
        try {
            for (byte[] frame = connection.readFrame(); frame != null; frame = connection.readFrame()) {
                if (frame.length == 1) {
                    control(frame[0]);
                } else if (frame.length > 1) {
                    connection.writeFrame(answer(frame));
                }
            }
        } catch (IOException e) {
            LOG.debug("vpcd connection ended: {}", e.getMessage());
        }
    }

    private void control(byte code) throws IOException {
        switch (code) {
            case POWER_OFF -> card.powerOff();
            case POWER_ON -> card.powerOn();
            case RESET -> card.reset();
            case GET_ATR -> connection.writeFrame(card.atr());
            default -> LOG.warn("Ignoring unknown vpcd control byte {}", code);
        }
    }

    private byte[] answer(byte[] command) {
        try {
            return card.process(command);
        } catch (IllegalStateException unpowered) {
            // vpcd always powers the card first; if it ever does not, answer rather than hang pcscd.
            LOG.warn("vpcd sent an APDU to an unpowered card; answering 6F00");
            return NO_DIAGNOSIS.clone();
        }
    }
}
