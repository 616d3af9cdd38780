package jp.madoguchi.card.virtual;

/**
 * 性別 with the two codings the card uses: the signature certificate's 1/2/3 (3 = 不明) and the 券面事項入力補助
 * AP's ISO 5218 1/2/9 (jpki-card.md §2.5, §4).
 */
public enum Sex {
    MALE("1", "1"),
    FEMALE("2", "2"),
    NOT_KNOWN("3", "9");

    private final String certificateCode;
    private final String kenhojoCode;

    Sex(String certificateCode, String kenhojoCode) {
        this.certificateCode = certificateCode;
        this.kenhojoCode = kenhojoCode;
    }

    /** Value of otherName 1.2.392.200149.8.5.5.3 in the signature certificate. */
    public String certificateCode() {
        return certificateCode;
    }

    /** Value of DF25 in 券面事項入力補助 EF 0002. */
    public String kenhojoCode() {
        return kenhojoCode;
    }
}
