package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalInt;
import jp.madoguchi.card.cert.RenewalWindow;
import jp.madoguchi.issuance.visit.card.CardFacts;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardValidity;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ThankYou;
import org.junit.jupiter.api.Test;

/** カードの状態確認: everything readable without a PIN, and no PIN asked. */
class CardCheckTest {
    private final VisitHarness kiosk = new VisitHarness();

    private CardCheckResult check(CardFacts facts) {
        kiosk.start(Service.CARD_CHECK);
        kiosk.card.place();
        kiosk.card.answerRead(facts);
        return kiosk.step(CardCheckResult.class);
    }

    @Test
    void aValidCardShowsExpiryRenewalDateTriesAndTheSignatureCertificate() {
        CardFacts facts = kiosk.facts("default");
        CardCheckResult result = check(facts);

        assertThat(result).isEqualTo(new CardCheckResult(CardValidity.VALID, japanDate(facts),
                RenewalWindow.of(facts.authCertificate()).opensOn(), false, OptionalInt.of(3), OptionalInt.of(5),
                true, true));
        assertThat(result.renewFrom()).isEqualTo(result.validUntil().minusMonths(3));
        assertThat(kiosk.card.requests()).extracting(FakeCardPort.Request::kind)
                .containsExactly(FakeCardPort.Kind.READ);
    }

    @Test
    void insideTheRenewalWindowTheResidentIsToldItIsOpen() {
        CardCheckResult result = check(kiosk.facts("renewal"));

        assertThat(result.renewalOpen()).isTrue();
        assertThat(result.renewFrom()).isBefore(LocalDate.of(2026, 11, 25));
    }

    @Test
    void anExpiredCardIsReportedNotRefused() {
        assertThat(check(kiosk.facts("expired")).validity()).isEqualTo(CardValidity.EXPIRED);
    }

    @Test
    void aMinorsCardHasNoSignatureCertificateAndNoSignaturePinCount() {
        CardCheckResult result = check(kiosk.facts("minor"));

        assertThat(result.signatureCertificatePresent()).isFalse();
        assertThat(result.signatureTriesLeft()).isEmpty();
    }

    @Test
    void lockedPinsShowZeroTriesLeft() {
        assertThat(check(Cards.withTries(kiosk.facts("default"), 0, 5)).authTriesLeft()).hasValue(0);
    }

    @Test
    void doneWithTheCardStillThereAsksToTakeItFirst() {
        check(kiosk.facts("default"));
        kiosk.next();
        assertThat(kiosk.step()).isEqualTo(new RemoveCard(false));
        kiosk.card.remove();
        assertThat(kiosk.step()).isEqualTo(new ThankYou());
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.CARD_CHECKED, 1);
    }

    @Test
    void takingTheCardFirstKeepsTheResultOnScreen() {
        check(kiosk.facts("default"));
        kiosk.card.remove();
        assertThat(kiosk.step(CardCheckResult.class).cardPresent()).isFalse();
        kiosk.next();
        assertThat(kiosk.step()).isEqualTo(new ThankYou());
    }

    @Test
    void theSameCardPlacedAgainAfterTakingItKeepsTheResult() {
        CardCheckResult shown = check(kiosk.facts("default"));
        kiosk.card.remove();
        kiosk.card.place();
        kiosk.card.answerFingerprint(kiosk.facts("default").fingerprint());

        assertThat(kiosk.step()).isEqualTo(shown.withCardPresent(false));
        kiosk.next();
        assertThat(kiosk.step()).isEqualTo(new ThankYou());
        assertThat(kiosk.journal.outcomes()).containsOnly(Map.entry(EndReason.CARD_CHECKED, 1));
    }

    @Test
    void anotherCardPlacedAfterTakingItEndsTheResult() {
        check(kiosk.facts("default"));
        kiosk.card.remove();
        kiosk.card.place();
        kiosk.card.answerFingerprint(kiosk.facts("hanako").fingerprint());

        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.CARD_SWAPPED));
        assertThat(kiosk.journal.outcomes()).containsOnly(Map.entry(EndReason.CARD_SWAPPED, 1));
    }

    private static LocalDate japanDate(CardFacts facts) {
        return LocalDate.ofInstant(facts.authCertificate().getNotAfter().toInstant(), ZoneId.of("Asia/Tokyo"));
    }
}
