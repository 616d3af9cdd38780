package jp.madoguchi.card.virtual;

import java.security.PrivateKey;
import java.util.Arrays;

/**
 * An elementary file of a card application. Access is guarded by a PIN key reference of the same
 * application ({@link #FREE} when anyone may use it).
 */
sealed interface CardFile {
    int FREE = -1;

    int fid();

    /** A transparent EF read with READ BINARY. */
    record Binary(int fid, byte[] content, int guard) implements CardFile {
        public Binary {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        int size() {
            return content.length;
        }

        /** Up to {@code length} bytes from {@code offset}; fewer at the end of the file. */
        byte[] read(int offset, int length) {
            return Arrays.copyOfRange(content, offset, Math.min(content.length, offset + length));
        }
    }

    /** A PIN key reference: VERIFY and CHANGE REFERENCE DATA target it. */
    record Pin(int fid, PinCounter counter) implements CardFile {}

    /** A private key used by COMPUTE DIGITAL SIGNATURE. */
    record Key(int fid, PrivateKey privateKey, int guard) implements CardFile {
        @Override
        public String toString() {
            return "Key[" + Integer.toHexString(fid) + "]";
        }
    }
}
