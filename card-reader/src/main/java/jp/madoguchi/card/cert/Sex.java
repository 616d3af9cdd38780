package jp.madoguchi.card.cert;

/** 性別 as the signature certificate codes it (OID .5.5.3): 1 male, 2 female, 3 unknown. */
public enum Sex {
    MALE("1"), FEMALE("2"), UNKNOWN("3");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
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
