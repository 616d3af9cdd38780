package jp.madoguchi.card.jpki;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.apdu.StatusWord;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;

/**
 * Reads transparent EFs with short READ BINARY. A certificate's length comes from the DER header inside the
 * first 256-byte chunk, so the header costs no APDU of its own (OpenSC spends one: docs/card.md), and
 * the last chunk asks for exactly what is left.
 *
 * <p>The card may return fewer bytes than asked; reading simply continues at the new offset. End of file
 * (6B00) before the DER length is reached is a truncated certificate, and 9000 with no data stops the read
 * rather than looping.
 */
final class EfReader {
    private final JpkiSession session;

    EfReader(JpkiSession session) {
        this.session = session;
    }

    /** Up to {@code length} (at most 256) bytes from the start of the EF, in one READ BINARY. */
    byte[] readStart(EfPath ef, int length) throws CardFaultException {
        session.select(ef);
        byte[] data = readChunk(ef, 0, length, null);
        if (data == null) {
            throw JpkiFaults.protocol("READ BINARY " + ef, StatusWord.OFFSET_OUT_OF_RANGE.value(), "the EF is empty");
        }
        return data;
    }

    /**
     * The DER object stored in the EF, trimmed to its encoded length.
     *
     * @param guard the PIN that protects the EF (answers 6982 until verified), or null for a public EF
     */
    byte[] readDer(EfPath ef, PinKind guard) throws CardFaultException {
        session.select(ef);
        String operation = "Reading the certificate in " + ef;
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        Optional<DerHeader> header = Optional.empty();
        while (header.isEmpty()) {
            append(content, readChunk(ef, content.size(), JpkiCommands.MAX_CHUNK, guard), ef, -1);
            header = DerHeader.parse(content.toByteArray(), content.size(), operation);
        }
        int total = header.get().totalLength();
        while (content.size() < total) {
            int wanted = Math.min(JpkiCommands.MAX_CHUNK, total - content.size());
            append(content, readChunk(ef, content.size(), wanted, guard), ef, total);
        }
        return Arrays.copyOf(content.toByteArray(), total);
    }

    private static void append(ByteArrayOutputStream content, byte[] chunk, EfPath ef, int total)
            throws CardFaultException {
        if (chunk == null) {
            String expected = total < 0 ? "before the end of the DER header"
                    : "but its DER header declares " + total + " bytes";
            throw JpkiFaults.protocol("Reading the certificate in " + ef, StatusWord.OFFSET_OUT_OF_RANGE.value(),
                    "truncated: the EF ends after " + content.size() + " bytes " + expected);
        }
        content.writeBytes(chunk);
    }

    /** One READ BINARY; null at end of file (6B00). */
    private byte[] readChunk(EfPath ef, int offset, int length, PinKind guard) throws CardFaultException {
        ResponseApdu response = session.transmit(JpkiCommands.readBinary(offset, length));
        String operation = "READ BINARY " + ef + " at offset " + offset;
        int sw = response.sw();
        switch (response.expect(operation, StatusWord.OK, StatusWord.END_OF_FILE, StatusWord.OFFSET_OUT_OF_RANGE,
                StatusWord.SECURITY_NOT_SATISFIED)) {
            case OFFSET_OUT_OF_RANGE:
                return null;
            case SECURITY_NOT_SATISFIED:
                if (guard != null) {
                    session.forgetVerified(guard);
                    throw JpkiFaults.pinRequired(guard, "Reading " + ef);
                }
                throw JpkiFaults.protocol(operation, sw, "the card wants a PIN for a file that should be public");
            default:
                if (response.dataLength() == 0) {
                    throw JpkiFaults.protocol(operation, sw, "the card returned no data; stopping instead of looping");
                }
                if (response.dataLength() > length) {
                    throw JpkiFaults.protocol(operation, sw,
                            "the card returned " + response.dataLength() + " bytes for Le " + length);
                }
                return response.data();
        }
    }
}
