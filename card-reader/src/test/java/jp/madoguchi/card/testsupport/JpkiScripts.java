package jp.madoguchi.card.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.jpki.Application;
import jp.madoguchi.card.jpki.JpkiCommands;

/**
 * Snippets of a well-behaved My Number card's side of the conversation, for scripting a
 * {@link ScriptedTransport}. Each appends the exact commands the host is expected to send.
 */
public final class JpkiScripts {
    private JpkiScripts() {}

    public static ScriptedTransport selectApplication(ScriptedTransport card, Application application) {
        return card.expect(JpkiCommands.selectApplication(application), ResponseApdu.of(0x9000));
    }

    public static ScriptedTransport selectFile(ScriptedTransport card, int fid) {
        return card.expect(JpkiCommands.selectFile(fid), ResponseApdu.of(0x9000));
    }

    /** The empty VERIFY on the selected PIN EF, answered with {@code sw} (e.g. 0x63C3). */
    public static ScriptedTransport triesQuery(ScriptedTransport card, int sw) {
        return card.expect("00200080", String.format("%04X", sw));
    }

    /** READ BINARY of the 32-byte label in EF 0006, answered with the space-padded label. */
    public static ScriptedTransport tokenLabel(ScriptedTransport card, String label) {
        byte[] padded = new byte[32];
        Arrays.fill(padded, (byte) ' ');
        byte[] ascii = label.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, padded, 0, ascii.length);
        return card.expect("00B0000020", padded, 0x9000);
    }

    /** READ BINARY of EF 0008: {@code 8F 8F 00} with a signature certificate, {@code 00 8F 00} without. */
    public static ScriptedTransport certificatePresence(ScriptedTransport card, boolean signatureCertificate) {
        return card.expect("00B0000003", signatureCertificate ? "8F8F009000" : "008F009000");
    }

    /**
     * The READ BINARY sequence for an EF holding exactly {@code der}: a first 256-byte chunk, then chunks
     * of at most 256 asking for exactly what is left. The card returns fewer bytes at the end of the EF.
     */
    public static ScriptedTransport certificateReads(ScriptedTransport card, byte[] der) {
        int offset = 0;
        int le = JpkiCommands.MAX_CHUNK;
        do {
            int returned = Math.min(le, der.length - offset);
            card.expect(JpkiCommands.readBinary(offset, le),
                    ResponseApdu.of(Arrays.copyOfRange(der, offset, offset + returned), 0x9000));
            offset += returned;
            le = Math.min(JpkiCommands.MAX_CHUNK, der.length - offset);
        } while (offset < der.length);
        return card;
    }

    /** SELECT AP, then the token label and certificate-presence reads of a My Number card. */
    public static ScriptedTransport myNumberCardIdentity(ScriptedTransport card, boolean signatureCertificate) {
        selectApplication(card, Application.JPKI);
        selectFile(card, 0x0006);
        tokenLabel(card, "JPKIAPICCTOKEN2");
        selectFile(card, 0x0008);
        return certificatePresence(card, signatureCertificate);
    }

    /** The whole conversation of {@code JpkiReader.readPublic()} on a card with full counters. */
    public static ScriptedTransport readPublic(ScriptedTransport card, byte[] authCert, byte[] authCa, byte[] signCa) {
        myNumberCardIdentity(card, true);
        selectFile(card, 0x0018);
        triesQuery(card, 0x63C3);
        selectFile(card, 0x001B);
        triesQuery(card, 0x63C5);
        selectFile(card, 0x000A);
        certificateReads(card, authCert);
        selectFile(card, 0x000B);
        certificateReads(card, authCa);
        selectFile(card, 0x0002);
        certificateReads(card, signCa);
        selectApplication(card, Application.KENHOJO);
        selectFile(card, 0x0011);
        return triesQuery(card, 0x63C3);
    }
}
