package jp.madoguchi.issuance.rules;

import jp.madoguchi.issuance.Identified;

/**
 * Items a resident may choose to include on a 住民票の写し. 住民票コード exists only so that a request for it can be
 * named and refused: no rule file may offer it and the engine never lists it as available.
 */
public enum CertificateOption implements Identified {
    WHOLE_HOUSEHOLD("whole-household", "世帯全員", Applicability.ANY_SUBJECT),
    HOUSEHOLD_HEAD("household-head", "世帯主・続柄", Applicability.ANY_SUBJECT),
    HONSEKI("honseki", "本籍・筆頭者", Applicability.JAPANESE_SUBJECT),
    MY_NUMBER("my-number", "個人番号", Applicability.ANY_SUBJECT),
    RESIDENT_CODE("resident-code", "住民票コード", Applicability.NEVER),
    NATIONALITY("nationality", "国籍・地域", Applicability.FOREIGN_SUBJECT),
    RESIDENCE_STATUS("residence-status", "在留資格等", Applicability.FOREIGN_SUBJECT),
    RESIDENCE_CARD_NUMBER("residence-card-number", "在留カード等番号", Applicability.FOREIGN_SUBJECT);

    private final String id;
    private final String label;
    private final Applicability applicability;

    CertificateOption(String id, String label, Applicability applicability) {
        this.id = id;
        this.label = label;
        this.applicability = applicability;
    }

    @Override
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Applicability applicability() {
        return applicability;
    }

    /** Which subjects an option can describe: 本籍 exists only for Japanese nationals, 在留資格 only for foreigners. */
    public enum Applicability { ANY_SUBJECT, JAPANESE_SUBJECT, FOREIGN_SUBJECT, NEVER }
}
