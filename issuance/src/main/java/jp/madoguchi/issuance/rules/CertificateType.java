package jp.madoguchi.issuance.rules;

import static jp.madoguchi.issuance.rules.CertificateOption.HONSEKI;
import static jp.madoguchi.issuance.rules.CertificateOption.HOUSEHOLD_HEAD;
import static jp.madoguchi.issuance.rules.CertificateOption.MY_NUMBER;
import static jp.madoguchi.issuance.rules.CertificateOption.NATIONALITY;
import static jp.madoguchi.issuance.rules.CertificateOption.RESIDENCE_CARD_NUMBER;
import static jp.madoguchi.issuance.rules.CertificateOption.RESIDENCE_STATUS;
import static jp.madoguchi.issuance.rules.CertificateOption.WHOLE_HOUSEHOLD;
import static jp.madoguchi.issuance.rules.SubjectRelation.SAME_HOUSEHOLD;
import static jp.madoguchi.issuance.rules.SubjectRelation.SAME_KOSEKI;
import static jp.madoguchi.issuance.rules.SubjectRelation.SELF;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import jp.madoguchi.issuance.Identified;

/**
 * The certificates a kiosk can issue, with what the law allows for each whatever a municipality configures: who may
 * be the subject (印鑑 and tax certificates only for oneself) and which options can exist at all. A rule file may
 * narrow these, never widen them.
 */
public enum CertificateType implements Identified {
    RESIDENT_RECORD("juminhyo", "住民票の写し", Register.RESIDENT, EnumSet.of(SELF, SAME_HOUSEHOLD),
            EnumSet.of(WHOLE_HOUSEHOLD, HOUSEHOLD_HEAD, HONSEKI, MY_NUMBER, NATIONALITY, RESIDENCE_STATUS,
                    RESIDENCE_CARD_NUMBER)),
    RESIDENT_RECORD_ITEMS("juminhyo-kisai-jiko", "住民票記載事項証明書", Register.RESIDENT,
            EnumSet.of(SELF, SAME_HOUSEHOLD), EnumSet.noneOf(CertificateOption.class)),
    SEAL_REGISTRATION("inkan-toroku", "印鑑登録証明書", Register.SEAL, EnumSet.of(SELF),
            EnumSet.noneOf(CertificateOption.class)),
    KOSEKI_FULL("koseki-zenbu", "戸籍全部事項証明書", Register.KOSEKI, EnumSet.of(SELF, SAME_KOSEKI),
            EnumSet.noneOf(CertificateOption.class)),
    KOSEKI_INDIVIDUAL("koseki-kojin", "戸籍個人事項証明書", Register.KOSEKI, EnumSet.of(SELF, SAME_KOSEKI),
            EnumSet.noneOf(CertificateOption.class)),
    KOSEKI_ANNEX("koseki-fuhyo", "戸籍の附票の写し", Register.KOSEKI, EnumSet.of(SELF, SAME_KOSEKI),
            EnumSet.noneOf(CertificateOption.class)),
    INCOME_TAX("shotoku-kazei", "所得・課税証明書", Register.TAX, EnumSet.of(SELF),
            EnumSet.noneOf(CertificateOption.class)),
    TAX_PAYMENT("nozei", "納税証明書", Register.TAX, EnumSet.of(SELF), EnumSet.noneOf(CertificateOption.class));

    private final String id;
    private final String label;
    private final Register register;
    private final Set<SubjectRelation> lawfulSubjects;
    private final Set<CertificateOption> lawfulOptions;

    CertificateType(String id, String label, Register register, EnumSet<SubjectRelation> lawfulSubjects,
            EnumSet<CertificateOption> lawfulOptions) {
        this.id = id;
        this.label = label;
        this.register = register;
        this.lawfulSubjects = Collections.unmodifiableSet(lawfulSubjects);
        this.lawfulOptions = Collections.unmodifiableSet(lawfulOptions);
    }

    @Override
    public String id() {
        return id;
    }

    /** The name printed on the kiosk menu. */
    public String label() {
        return label;
    }

    public Register register() {
        return register;
    }

    public Set<SubjectRelation> lawfulSubjects() {
        return lawfulSubjects;
    }

    public Set<CertificateOption> lawfulOptions() {
        return lawfulOptions;
    }

    /** Tax certificates are issued per 年度 and need a tax-year policy. */
    public boolean perTaxYear() {
        return register == Register.TAX;
    }
}
