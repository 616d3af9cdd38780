package jp.madoguchi.ui.gallery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.SubjectSelection;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.AccountVisit;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.CertificateChoice;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.MunicipalityChoice;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.OrderSummary;
import jp.madoguchi.issuance.visit.step.SubjectChoice;

/**
 * The longer hand-made steps of the gallery, with the sample municipalities and the sample registry's 見本
 * household, and reasons as the rules engine words them (its message keys and parameters).
 */
final class SampleSteps {
    static final MunicipalityChoice HARIMA =
            new MunicipalityChoice(MunicipalityRole.RESIDENCE, new MunicipalityCode("284645"), "播磨町");
    static final MunicipalityChoice CHITOSE =
            new MunicipalityChoice(MunicipalityRole.DOMICILE, new MunicipalityCode("012246"), "千歳市");
    static final Reason OUTSIDE_HOURS = new Reason("284645:koseki-zenbu:hours", "hours.outside",
            Map.of("certificate", "koseki-zenbu", "hours", "weekdays 08:30-17:15"));
    private static final List<SubjectChoice> HOUSEHOLD = List.of(
            new SubjectChoice("default", "見本 太郎", true),
            new SubjectChoice("default-spouse", "見本 花子", false),
            new SubjectChoice("default-child", "見本 一郎", false),
            new SubjectChoice("default-mother", "見本 梅子", false));

    private SampleSteps() {}

    /** 見本 太郎's statement in 播磨町: one certificate printed, one whose print failed and is still owed. */
    static AccountInquiry accountInquiry() {
        return new AccountInquiry(HARIMA.code(), new AccountStatement(List.of(
                new AccountVisit(LocalDate.of(2026, 10, 1), List.of("juminhyo"), 300, 0),
                new AccountVisit(LocalDate.of(2026, 11, 2), List.of("inkan-toroku"), 300, 300)), 200));
    }

    static ChooseMunicipality municipalities() {
        return new ChooseMunicipality(List.of(HARIMA, CHITOSE));
    }

    static ChooseCertificate menu() {
        return new ChooseCertificate(HARIMA, List.of(
                available(CertificateType.RESIDENT_RECORD, 200),
                available(CertificateType.RESIDENT_RECORD_ITEMS, 200),
                available(CertificateType.SEAL_REGISTRATION, 200),
                unavailable(CertificateType.KOSEKI_FULL, OUTSIDE_HOURS),
                unavailable(CertificateType.INCOME_TAX, new Reason("284645:shotoku-kazei:tax-record",
                        "tax.not-on-record", Map.of("municipality", "284645", "year", "2025"))),
                unavailable(CertificateType.TAX_PAYMENT, new Reason("284645:nozei:offered",
                        "certificate.not-offered", Map.of("certificate", "nozei", "municipality", "284645")))));
    }

    static ChooseOptions options() {
        return new ChooseOptions(CertificateType.RESIDENT_RECORD, Set.of(CertificateOption.HOUSEHOLD_HEAD,
                CertificateOption.HONSEKI, CertificateOption.MY_NUMBER), List.of(),
                new RequestedOptions(Set.of(CertificateOption.HOUSEHOLD_HEAD), Optional.empty()));
    }

    static ChooseSubjects subjects() {
        return new ChooseSubjects(CertificateType.RESIDENT_RECORD, HOUSEHOLD, true,
                SubjectSelection.of(List.of("default", "default-child")));
    }

    static Confirm confirm(boolean refused) {
        OrderSummary order = new OrderSummary(HARIMA, CertificateType.RESIDENT_RECORD,
                new RequestedOptions(Set.of(CertificateOption.HOUSEHOLD_HEAD), Optional.empty()), false,
                HOUSEHOLD.subList(0, 1), 2, 200, 400);
        return new Confirm(order, refused ? List.of(OUTSIDE_HOURS) : List.of());
    }

    private static CertificateChoice available(CertificateType type, int fee) {
        return new CertificateChoice(type, true, Optional.of(fee), 10, List.of());
    }

    private static CertificateChoice unavailable(CertificateType type, Reason reason) {
        return new CertificateChoice(type, false, Optional.empty(), 0, List.of(reason));
    }
}
