package jp.madoguchi.card.jpki;

/** Elementary files of the JPKI AP (docs/card.md). */
public final class JpkiFile {
    /** 署名用証明書; readable only after the signature PIN. */
    public static final int SIGN_CERT = 0x0001;
    /** 署名用CA証明書. */
    public static final int SIGN_CA_CERT = 0x0002;
    /** Token info (160 bytes); label[32] at offset 0. */
    public static final int TOKEN_INFO = 0x0006;
    /** 3 bytes; byte 0 = 0x8F when the card holds a signature certificate. */
    public static final int CERT_PRESENCE = 0x0008;
    /** 利用者証明用証明書. */
    public static final int AUTH_CERT = 0x000A;
    /** 利用者証明用CA証明書. */
    public static final int AUTH_CA_CERT = 0x000B;
    /** Auth private key (RSA-2048), usable after the auth PIN. */
    public static final int AUTH_KEY = 0x0017;
    /** Auth PIN key reference. */
    public static final int AUTH_PIN = 0x0018;
    /** Sign private key, usable after the signature PIN. */
    public static final int SIGN_KEY = 0x001A;
    /** Signature PIN key reference. */
    public static final int SIGN_PIN = 0x001B;
    /** Kenhojo AP's PIN key reference. */
    public static final int KENHOJO_PIN = 0x0011;

    /** Token labels in EF 0006 (space padded to 32 bytes on the card). */
    public static final String LABEL_MY_NUMBER = "JPKIAPICCTOKEN2";
    public static final String LABEL_JUKI = "JPKIAPICCTOKEN";
    public static final String LABEL_ANDROID = "JPKIAPGPSETOKEN";
    public static final String LABEL_IPHONE = "JPKIAPIOSTOKEN";

    private JpkiFile() {}
}
