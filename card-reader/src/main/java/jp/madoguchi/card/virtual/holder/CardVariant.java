package jp.madoguchi.card.virtual.holder;

import jp.madoguchi.card.jpki.JpkiFile;

/**
 * Which kind of JPKI token the virtual card pretends to be. Only the My Number card is usable by the kiosk;
 * the others exist so detection and refusal can be tested (docs/card.md, EF 0006 labels).
 */
public enum CardVariant {
    /** マイナンバーカード: JPKI and 券面事項入力補助 APs. */
    MY_NUMBER_CARD(JpkiFile.LABEL_MY_NUMBER, true, false),
    /** 住民基本台帳カード: a JPKI AP with the old label, no My Number APs. */
    JUKI_CARD(JpkiFile.LABEL_JUKI, false, false),
    /** Android スマホ用電子証明書 (GPSE): no card APs, and even the auth certificate needs the auth PIN. */
    SMARTPHONE_ANDROID(JpkiFile.LABEL_ANDROID, false, true);

    private final String tokenLabel;
    private final boolean hasKenhojo;
    private final boolean authCertificateNeedsPin;

    CardVariant(String tokenLabel, boolean hasKenhojo, boolean authCertificateNeedsPin) {
        this.tokenLabel = tokenLabel;
        this.hasKenhojo = hasKenhojo;
        this.authCertificateNeedsPin = authCertificateNeedsPin;
    }

    /** The label in EF 0006 before space padding. */
    public String tokenLabel() {
        return tokenLabel;
    }

    public boolean hasKenhojo() {
        return hasKenhojo;
    }

    public boolean authCertificateNeedsPin() {
        return authCertificateNeedsPin;
    }
}
