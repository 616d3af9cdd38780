package jp.madoguchi.card.cert;

/** 性別 as the signature certificate codes it (OID .5.5.3): 1 male, 2 female, 3 unknown. */
public enum Sex {
    MALE("1", "1"), FEMALE("2", "2"), UNKNOWN("3", "9");

    private final String code;
    private final String kenhojoCode;

    Sex(String code, String kenhojoCode) {
        this.code = code;
        this.kenhojoCode = kenhojoCode;
    }

    /** Value of otherName 1.2.392.200149.8.5.5.3 in the signature certificate. */
    public String code() {
        return code;
    }

    /** Value of DF25 in 券面事項入力補助 EF 0002 (ISO 5218: 9 = not applicable). */
    public String kenhojoCode() {
        return kenhojoCode;
    }

    static Sex ofCode(String code) throws MalformedCertificateException {
        for (Sex sex : values()) {
            if (sex.code.equals(code)) {
                return sex;
            }
        }
        throw new MalformedCertificateException("sex attribute is not 1, 2 or 3");
    }
}
