package jp.madoguchi.card.jpki;

import jp.madoguchi.card.apdu.Hex;

/** The card applications the kiosk selects, by AID (docs/card.md). All AIDs are 10 bytes. */
public enum Application {
    /** 公的個人認証AP. */
    JPKI("D392F000260100000001"),
    /** 券面事項入力補助AP. */
    KENHOJO("D3921000310001010408"),
    /** 券面事項確認AP (never selected by the kiosk; listed so it is recognised). */
    KENKAKU("D3921000310001010402");

    private final String aidHex;

    Application(String aidHex) {
        this.aidHex = aidHex;
    }

    public byte[] aid() {
        return Hex.parse(aidHex);
    }

    public String aidHex() {
        return aidHex;
    }
}
