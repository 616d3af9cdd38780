package jp.madoguchi.app.output.document;

import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.Municipality;

/** The 認証文 each certificate ends with, and who signs it (the head of the issuing municipality). */
final class CertificationText {
    private CertificationText() {}

    static String of(CertificateType type, boolean wholeHousehold) {
        return switch (type) {
            case RESIDENT_RECORD -> wholeHousehold ? "この写しは、世帯全員の住民票の原本と相違ないことを証明する。"
                    : "この写しは、住民票の原本と相違ないことを証明する。";
            case RESIDENT_RECORD_ITEMS -> "上記の事項が住民票に記載されていることを証明する。";
            case SEAL_REGISTRATION -> "この写しは、登録されている印影と相違ないことを証明する。";
            case KOSEKI_FULL -> "これは、戸籍に記録されている事項の全部を証明した書面である。";
            case KOSEKI_INDIVIDUAL -> "これは、戸籍中の一部の者について記録されている事項の全部を証明した書面である。";
            case KOSEKI_ANNEX -> "この写しは、戸籍の附票の原本と相違ないことを証明する。";
            case INCOME_TAX -> "上記のとおり相違ないことを証明する。";
            case TAX_PAYMENT -> "上記のとおり納付済みであることを証明する。";
        };
    }

    /** 播磨町 → 播磨町長, 鹿児島市 → 鹿児島市長. */
    static String signer(Municipality issuer) {
        return issuer.name() + "長";
    }
}
