package jp.madoguchi.card.virtual.vpcd;

import java.io.IOException;
import java.time.Duration;
import jp.madoguchi.card.virtual.Misbehaviour;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves vpcd's requests for one inserted card until the connection ends. APDUs are never logged. */
final class VpcdSession {
    static final byte POWER_OFF = 0x00;
    static final byte POWER_ON = 0x01;
    static final byte RESET = 0x02;
    static final byte GET_ATR = 0x04;
    private static final byte[] NO_DIAGNOSIS = {0x6F, 0x00};
    /** How long a reader waits for a mute card before it gives up (CCID readers: a few seconds). */
    static final Duration READER_TIMEOUT = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(VpcdSession.class);

    private final VpcdConnection connection;
    private final VirtualMyNumberCard card;

    VpcdSession(VpcdConnection connection, VirtualMyNumberCard card) {
        this.connection = connection;
        this.card = card;
    }

    /**
     * Returns when vpcd or {@link VpcdClient} closes the connection, or — true — when the card went mute and waited
     * as long as a reader waits for one; the client then replaces the connection (see {@link VpcdClient}).
     */
    boolean serve() {
        try {
            for (byte[] frame = connection.readFrame(); frame != null; frame = connection.readFrame()) {
                if (frame.length == 1) {
                    control(frame[0]);
                } else if (frame.length > 1) {
                    byte[] answer = answer(frame);
                    if (answer == null) {
                        return true;
                    }
                    connection.writeFrame(answer);
                }
            }
        } catch (IOException e) {
            LOG.debug("vpcd connection ended: {}", e.getMessage());
        }
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    /** The card's answer, or null when it is mute. */
    private byte[] answer(byte[] command) {
        try {
            return card.process(command);
        } catch (Misbehaviour.MuteCard mute) {
            LOG.info("{} does not answer; the reader gives up after {}", card, READER_TIMEOUT);
            sleep(READER_TIMEOUT);
            return null;
        } catch (IllegalStateException unpowered) {
            // vpcd always powers the card first; if it ever does not, answer rather than hang pcscd.
            LOG.warn("vpcd sent an APDU to an unpowered card; answering 6F00");
            return NO_DIAGNOSIS.clone();
        }
    }
}
