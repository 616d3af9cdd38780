package jp.madoguchi.card.jpki;

import java.util.Optional;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.fault.CardFaultException;

/**
 * The tag and length that open a DER certificate; they tell how much of the EF to read. Certificates are not
 * always {@code 30 82 LL LL} (OpenSC's assumption), so short form and 1–3 length bytes are accepted.
 * Indefinite, non-minimal and oversized lengths are garbage: an EF cannot hold them.
 */
record DerHeader(int headerLength, int contentLength) {
    private static final int SEQUENCE = 0x30;
    /** READ BINARY can address offsets up to 7FFF, so no readable object is longer than this. */
    static final int MAX_TOTAL = JpkiCommands.MAX_OFFSET + 1;

    int totalLength() {
        return headerLength + contentLength;
    }

    /**
     * Parses the header at the start of {@code prefix[0..available)}. Empty when more bytes are needed;
     * a fault when the bytes cannot start a DER certificate.
     */
    static Optional<DerHeader> parse(byte[] prefix, int available, String operation) throws CardFaultException {
        if (available == 0) {
            return Optional.empty();
        }
        if ((prefix[0] & 0xFF) != SEQUENCE) {
            throw garbage(operation, "the EF does not start with a DER SEQUENCE (starts " + start(prefix, available)
                    + "); it holds no certificate");
        }
        if (available < 2) {
            return Optional.empty();
        }
        int first = prefix[1] & 0xFF;
        if (first < 0x80) {
            return Optional.of(validated(2, first, operation));
        }
        int lengthBytes = first & 0x7F;
        if (lengthBytes == 0) {
            throw garbage(operation, "indefinite length (80) is not DER");
        }
        if (lengthBytes > 3) {
            throw garbage(operation, "a " + lengthBytes + "-byte length field cannot describe an EF's content");
        }
        if (available < 2 + lengthBytes) {
            return Optional.empty();
        }
        int length = 0;
        for (int i = 0; i < lengthBytes; i++) {
            length = (length << 8) | (prefix[2 + i] & 0xFF);
        }
        if (length < 0x80 || (prefix[2] & 0xFF) == 0) {
            throw garbage(operation, "non-minimal length encoding " + start(prefix, 2 + lengthBytes) + " is not DER");
        }
        return Optional.of(validated(2 + lengthBytes, length, operation));
    }

    private static DerHeader validated(int headerLength, int contentLength, String operation)
            throws CardFaultException {
        if (contentLength == 0) {
            throw garbage(operation, "the DER SEQUENCE is empty");
        }
        if (headerLength + contentLength > MAX_TOTAL) {
            throw garbage(operation, "DER length " + contentLength + " is beyond what READ BINARY can address");
        }
        return new DerHeader(headerLength, contentLength);
    }

    private static String start(byte[] prefix, int length) {
        byte[] shown = new byte[Math.min(length, 6)];
        System.arraycopy(prefix, 0, shown, 0, shown.length);
        return Hex.spaced(shown);
    }

    private static CardFaultException garbage(String operation, String detail) {
        return JpkiFaults.protocol(operation, 0, "malformed DER: " + detail);
    }
}
