package jp.madoguchi.card.jpki;

import java.nio.charset.StandardCharsets;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;

/**
 * Detects a My Number card the way OpenSC's PKCS#11 path and myna do: SELECT the JPKI AID, then read the
 * token label (EF 0006). Anything else with a JPKI application is refused with the reason.
 */
final class CardDetector {
    /** CK_TOKEN_INFO.label is 32 bytes at offset 0 of EF 0006. */
    static final int LABEL_LENGTH = 32;
    /** EF 0008 is 3 bytes; byte 0 = 8F when the signature certificate exists. */
    static final int PRESENCE_LENGTH = 3;
    private static final int SIGN_CERT_PRESENT = 0x8F;

    private final JpkiSession session;
    private final EfReader reader;

    CardDetector(JpkiSession session, EfReader reader) {
        this.session = session;
        this.reader = reader;
    }

    CardIdentity identify() throws CardFaultException {
        if (!session.selectApplicationIfPresent(Application.JPKI)) {
            throw refused(CardType.UNKNOWN, "no JPKI application (SELECT answered 6A82)");
        }
        String label = tokenLabel(reader.readStart(EfPath.jpki(JpkiFile.TOKEN_INFO), LABEL_LENGTH));
        CardType type = CardType.fromTokenLabel(label);
        if (!type.accepted()) {
            throw refused(type, type.refusal() + " (token label '" + label + "')");
        }
        byte[] presence = reader.readStart(EfPath.jpki(JpkiFile.CERT_PRESENCE), PRESENCE_LENGTH);
        return new CardIdentity(type, label, (presence[0] & 0xFF) == SIGN_CERT_PRESENT);
    }

    /** The label without its space/NUL padding; unprintable bytes become '?' so a message stays readable. */
    static String tokenLabel(byte[] raw) {
        int end = Math.min(raw.length, LABEL_LENGTH);
        while (end > 0 && (raw[end - 1] == ' ' || raw[end - 1] == 0)) {
            end--;
        }
        char[] label = new String(raw, 0, end, StandardCharsets.ISO_8859_1).toCharArray();
        for (int i = 0; i < label.length; i++) {
            if (label[i] < 0x20 || label[i] > 0x7E) {
                label[i] = '?';
            }
        }
        return new String(label);
    }

    private static CardFaultException refused(CardType type, String detail) {
        return new CardFaultException(new CardFault.NotMyNumberCard(type.name(), detail));
    }
}
