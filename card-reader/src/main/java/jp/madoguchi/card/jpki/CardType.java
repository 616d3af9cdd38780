package jp.madoguchi.card.jpki;

/**
 * What holds the JPKI application, told apart by the token label in EF 0006 (never by ATR: it depends on
 * the reader, docs/card.md). Only the My Number card is accepted; the others carry a refusal message.
 */
public enum CardType {
    MY_NUMBER_CARD(JpkiFile.LABEL_MY_NUMBER, null),
    JUKI_CARD(JpkiFile.LABEL_JUKI, "this is a 住基カード (Basic Resident Register card); its JPKI service has "
            + "ended, so please use a My Number card"),
    SMARTPHONE_ANDROID(JpkiFile.LABEL_ANDROID, "this is an Android smartphone JPKI token "
            + "(スマホ用電子証明書); the kiosk reads the physical My Number card only"),
    SMARTPHONE_IPHONE(JpkiFile.LABEL_IPHONE, "this is an iPhone JPKI token (スマホ用電子証明書); "
            + "the kiosk reads the physical My Number card only"),
    UNKNOWN(null, "the card has a JPKI application but an unknown token label");

    private final String tokenLabel;
    private final String refusal;

    CardType(String tokenLabel, String refusal) {
        this.tokenLabel = tokenLabel;
        this.refusal = refusal;
    }

    /** The type for a label already stripped of its padding. */
    public static CardType fromTokenLabel(String label) {
        for (CardType type : values()) {
            if (type.tokenLabel != null && type.tokenLabel.equals(label)) {
                return type;
            }
        }
        return UNKNOWN;
    }

    public boolean accepted() {
        return refusal == null;
    }

    /** Why the kiosk refuses this card; empty for the My Number card. */
    public String refusal() {
        return refusal == null ? "" : refusal;
    }
}
