package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.VisitStep;
import org.junit.jupiter.api.Test;

/** A card placed after the resident took theirs: another card resets the visit, the same card does not. */
class SwappedCardTest {
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void aDifferentCardResetsTheVisit() {
        kiosk.toOptions();
        kiosk.card.place();
        kiosk.card.answerFingerprint(kiosk.facts("hanako").fingerprint());

        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.CARD_SWAPPED));
        assertThat(kiosk.machine.snapshot().visit()).isEmpty();
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.CARD_SWAPPED, 1);
    }

    @Test
    void theSameCardPlacedAgainChangesNothing() {
        kiosk.toCertificates("default", MunicipalityRole.RESIDENCE);
        VisitStep before = kiosk.step();
        kiosk.card.place();
        kiosk.card.answerFingerprint(kiosk.facts("default").fingerprint());

        assertThat(kiosk.step()).isEqualTo(before).isInstanceOf(ChooseCertificate.class);
    }

    @Test
    void aCardThatIsNotAMyNumberCardPlacedDuringPaymentCancelsThePayment() {
        kiosk.toPayment();
        VisitId visit = kiosk.visitId();
        kiosk.card.place();
        kiosk.card.fail(FakeCardPort.Kind.FINGERPRINT, new CardFault.NotMyNumberCard("JUKI_CARD", "住基"));

        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.CARD_SWAPPED));
        assertThat(kiosk.payment.isOpen(visit)).isFalse();
    }

    @Test
    void oncePaidTheOrderPrintsWhateverLiesOnTheReader() {
        kiosk.toPrinting();
        kiosk.card.place();

        assertThat(kiosk.step()).isInstanceOf(Printing.class);
        assertThat(kiosk.card.requests()).noneMatch(r -> r.kind() == FakeCardPort.Kind.FINGERPRINT);
    }
}
