package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.AccountVisit;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.SerialHash;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountInquiryTest {
    private static final MunicipalityCode HARIMA = new MunicipalityCode("284645");
    private static final AccountStatement TARO = new AccountStatement(List.of(
            new AccountVisit(LocalDate.of(2026, 10, 1), List.of("juminhyo"), 300, 0),
            new AccountVisit(LocalDate.of(2026, 11, 2), List.of("inkan-toroku"), 300, 300)), 200);
    private static final AccountStatement HANAKO = new AccountStatement(List.of(
            new AccountVisit(LocalDate.of(2026, 9, 9), List.of("koseki-zenbu"), 450, 0)), 0);

    private final VisitHarness kiosk = new VisitHarness();

    @BeforeEach
    void accounts() {
        kiosk.accounts.put(hash("default"), "default", HARIMA, TARO)
                .put(hash("hanako"), "default-spouse", HARIMA, HANAKO);
    }

    @Test
    void theCardAndPinComeFirstLikeForCertificates() {
        kiosk.start(Service.ACCOUNT_INQUIRY);
        assertThat(kiosk.step()).isEqualTo(new PlaceCard(Service.ACCOUNT_INQUIRY));
        kiosk.card.place();
        kiosk.card.answerRead(kiosk.facts("default"));
        assertThat(kiosk.step()).isInstanceOf(PinEntry.class);
    }

    @Test
    void afterThePinAndTheCardTakenTheResidentSeesOnlyTheirOwnRecords() {
        kiosk.toRemoveCard(Service.ACCOUNT_INQUIRY, "default");
        assertThat(kiosk.step()).isInstanceOf(RemoveCard.class);
        kiosk.card.remove();

        AccountInquiry inquiry = kiosk.step(AccountInquiry.class);
        assertThat(inquiry.municipality()).isEqualTo(HARIMA);
        assertThat(inquiry.statement()).isEqualTo(TARO);
        assertThat(inquiry.statement().refundsDueYen()).isEqualTo(300);
        assertThat(inquiry.statement().visits()).flatExtracting(AccountVisit::certificates)
                .doesNotContain("koseki-zenbu");
    }

    @Test
    void anotherCardInTheSameHouseholdNeverSeesTheFirstOnesRecords() {
        AccountInquiry inquiry = kiosk.toAccountInquiry("hanako").step(AccountInquiry.class);
        assertThat(inquiry.statement()).isEqualTo(HANAKO);
    }

    @Test
    void aCardWithoutRecordsHasAnEmptyStatement() {
        kiosk.accounts.put(hash("default"), "default", new MunicipalityCode("462012"), HANAKO);
        assertThat(kiosk.toAccountInquiry("minor").step(AccountInquiry.class).statement())
                .isEqualTo(AccountStatement.EMPTY);
    }

    @Test
    void leavingTheStatementEndsTheVisitAsInformationShown() {
        kiosk.toAccountInquiry("default").act(new ResidentAction.Back());
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.INFORMATION_SHOWN, 1);
    }

    @Test
    void cancelBeforeTheCardAndRemovalDuringThePinStillWork() {
        kiosk.start(Service.ACCOUNT_INQUIRY).act(new ResidentAction.Back());
        assertThat(kiosk.step()).isInstanceOf(Attract.class);

        kiosk.toPinEntry(Service.ACCOUNT_INQUIRY, "default");
        kiosk.card.remove();
        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.CARD_REMOVED));
    }

    private SerialHash hash(String holder) {
        return VisitHarness.SALT.hash(kiosk.facts(holder).authCertificate().getSerialNumber());
    }
}
