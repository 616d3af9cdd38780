package jp.madoguchi.card.virtual.pki;

/**
 * The two JPKI certification authorities, with the test hierarchy's names: the real DNs with
 * {@code O=JPKI-TEST} instead of {@code O=JPKI} (docs/card.md, certificates).
 */
public enum CaHierarchy {
    /** 利用者証明用認証局: issues the auth certificate (EF 000A). */
    AUTHENTICATION("auth", "JPKI for user authentication"),
    /** 署名用認証局: issues the signature certificate (EF 0001). */
    SIGNATURE("sign", "JPKI for digital signature");

    private static final String AGENCY = "Japan Agency for Local Authority Information Systems";

    private final String fileTag;
    private final String unit;

    CaHierarchy(String fileTag, String unit) {
        this.fileTag = fileTag;
        this.unit = unit;
    }

    /** The CA's DN in encoding order, as openssl prints it. Shared by every generation. */
    public String distinguishedName() {
        return "C=JP, O=JPKI-TEST, OU=" + unit + ", OU=" + AGENCY;
    }

    /** Short tag used in resource file names ("auth", "sign"). */
    public String fileTag() {
        return fileTag;
    }
}
