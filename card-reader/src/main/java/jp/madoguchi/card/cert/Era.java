package jp.madoguchi.card.cert;

/** 元号 digit that prefixes the birth date in a signature certificate (OID .5.5.4). */
public enum Era {
    UNKNOWN('0', "不明"),
    MEIJI('1', "明治"),
    TAISHO('2', "大正"),
    SHOWA('3', "昭和"),
    HEISEI('4', "平成"),
    REIWA('5', "令和");

    private final char digit;
    private final String kanji;

    Era(char digit, String kanji) {
        this.digit = digit;
        this.kanji = kanji;
    }

    public char digit() {
        return digit;
    }

    public String kanji() {
        return kanji;
    }

    static Era ofDigit(char digit) throws MalformedCertificateException {
        for (Era era : values()) {
            if (era.digit == digit) {
                return era;
            }
        }
        throw new MalformedCertificateException("birth date attribute has an unknown era digit");
    }
}
