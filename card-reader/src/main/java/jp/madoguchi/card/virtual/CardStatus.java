package jp.madoguchi.card.virtual;

import jp.madoguchi.card.apdu.ResponseApdu;

/** The status words the virtual card answers with (docs/card.md), and short-hands to build responses. */
final class CardStatus {
    static final int OK = 0x9000;
    static final int WRONG_LENGTH = 0x6700;
    static final int INCOMPATIBLE_WITH_FILE = 0x6981;
    static final int SECURITY_NOT_SATISFIED = 0x6982;
    static final int REFERENCE_DATA_BLOCKED = 0x6984;
    /** READ BINARY, VERIFY or COMPUTE DIGITAL SIGNATURE with no current EF (ISO 7816-4: "no current EF"). */
    static final int NO_CURRENT_EF = 0x6986;
    static final int WRONG_DATA = 0x6A80;
    static final int NOT_FOUND = 0x6A82;
    static final int WRONG_P1P2 = 0x6A86;
    static final int OFFSET_OUT_OF_RANGE = 0x6B00;
    static final int INS_NOT_SUPPORTED = 0x6D00;
    static final int CLA_NOT_SUPPORTED = 0x6E00;

    private CardStatus() {}

    static ResponseApdu status(int sw) {
        return ResponseApdu.of(sw);
    }

    static ResponseApdu ok() {
        return ResponseApdu.of(OK);
    }

    static ResponseApdu ok(byte[] data) {
        return ResponseApdu.of(data, OK);
    }

    /** 63Cx: tries left (empty VERIFY) or tries left after a failure. */
    static ResponseApdu triesLeft(int tries) {
        return ResponseApdu.of(0x63C0 | tries);
    }
}
