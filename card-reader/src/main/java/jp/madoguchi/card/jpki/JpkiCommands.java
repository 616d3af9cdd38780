package jp.madoguchi.card.jpki;

import jp.madoguchi.card.apdu.CommandApdu;

/**
 * The command APDUs the kiosk sends, byte for byte as in docs/card.md. Short APDUs only: every client
 * that works with every reader and phone uses them. VERIFY with a PIN is package-private so that only
 * {@link PinVerifier} can build one.
 */
public final class JpkiCommands {
    /** READ BINARY offsets are 15 bits (P1 bit 8 would mean a short EF id). */
    public static final int MAX_OFFSET = 0x7FFF;
    /** The largest short Le (encoded as 00). */
    public static final int MAX_CHUNK = 256;

    private JpkiCommands() {}

    /** {@code 00 A4 04 0C 0A <AID>}: select by DF name, no FCI. */
    public static CommandApdu selectApplication(Application application) {
        return CommandApdu.of(0x00, 0xA4, 0x04, 0x0C, application.aid());
    }

    /** {@code 00 A4 02 0C 02 <FID>}: the card only accepts P1=02 for EFs. */
    public static CommandApdu selectFile(int fid) {
        return CommandApdu.of(0x00, 0xA4, 0x02, 0x0C, new byte[] {(byte) (fid >> 8), (byte) fid});
    }

    /** {@code 00 B0 <hi> <lo> <Le>} on the selected EF; Le 256 is sent as 00. */
    public static CommandApdu readBinary(int offset, int length) {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("READ BINARY offset out of range: " + offset);
        }
        return CommandApdu.expecting(0x00, 0xB0, offset >> 8, offset & 0xFF, length);
    }

    /** {@code 00 20 00 80}: the empty VERIFY, which reports the tries left without using one. */
    public static CommandApdu triesQuery() {
        return CommandApdu.of(0x00, 0x20, 0x00, 0x80);
    }

    /** {@code 80 2A 00 80 Lc <DigestInfo> 00}: PKCS#1 v1.5 signature with the selected key. */
    public static CommandApdu computeSignature(byte[] digestInfo) {
        return CommandApdu.of(0x80, 0x2A, 0x00, 0x80, digestInfo, MAX_CHUNK);
    }

    /** {@code 00 20 00 80 Lc <PIN ASCII>}. The caller wipes both the body and the returned command. */
    static CommandApdu verify(byte[] pinAscii) {
        return CommandApdu.of(0x00, 0x20, 0x00, 0x80, pinAscii);
    }
}
