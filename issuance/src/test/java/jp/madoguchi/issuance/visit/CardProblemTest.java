package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.madoguchi.card.cert.TrustStore;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.holder.TestPki;
import jp.madoguchi.card.virtual.pki.CaGeneration;
import jp.madoguchi.card.virtual.pki.CaHierarchy;
import jp.madoguchi.card.virtual.pki.CertificatePlan;
import jp.madoguchi.issuance.visit.card.CardEvent;
import jp.madoguchi.issuance.visit.card.PinOutcome;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CardProblemKind;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.issuance.visit.step.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cards the kiosk cannot use, each with its own message, before and after the PIN. */
class CardProblemTest {
    private final VisitHarness kiosk = new VisitHarness();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"JUKI_CARD, JUKI_CARD", "SMARTPHONE_ANDROID, SMARTPHONE", "SMARTPHONE_IPHONE, SMARTPHONE",
        "UNKNOWN, UNKNOWN_CARD"})
    void cardsThatAreNotMyNumberCards(String cardType, CardProblemKind kind) {
        kiosk.start(Service.CERTIFICATES);
        kiosk.card.place();
        kiosk.card.fail(FakeCardPort.Kind.READ, new CardFault.NotMyNumberCard(cardType, "token label"));

        assertThat(kiosk.step()).isEqualTo(new CardProblem(kind, Message.of(kind.messageKey()), List.of(), true));
        kiosk.act(new ResidentAction.Confirm());
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.CARD_REFUSED, 1);
    }

    @Test
    void anExpiredCertificateIsRefusedBeforeThePinWithItsExpiryDate() {
        kiosk.toPinEntry("expired");

        CardProblem problem = kiosk.step(CardProblem.class);
        assertThat(problem.kind()).isEqualTo(CardProblemKind.CERTIFICATE_EXPIRED);
        LocalDate expiry = LocalDate.ofInstant(kiosk.facts("expired").authCertificate().getNotAfter().toInstant(),
                ZoneId.of("Asia/Tokyo"));
        assertThat(expiry).isBefore(LocalDate.of(2026, 11, 24));
        assertThat(problem.message()).isEqualTo(Message.of("cardProblem.expired", expiry));
        assertThat(kiosk.card.pinsSent()).isEmpty();
    }

    @Test
    void aRevokedCertificateIsRefused() {
        VisitHarness revoking = new VisitHarness(TrustStore.of(TestPki.standard().trustAnchors(),
                List.of(TestPki.standard().crl(CaHierarchy.AUTHENTICATION, CaGeneration.current(),
                        List.of(serial(kiosk, "default")), kiosk.clock))));
        revoking.toPinEntry("default");

        assertThat(revoking.step(CardProblem.class).kind()).isEqualTo(CardProblemKind.CERTIFICATE_REVOKED);
    }

    @Test
    void aCertificateFromTomorrowIsNotYetValid() {
        Holder issuedToday = Holders.defaultHolder().withCertificates(new CertificatePlan(1, 365, true));
        kiosk.start(Service.CERTIFICATES);
        kiosk.card.place();
        kiosk.card.answerRead(Cards.facts(issuedToday, kiosk.clock));

        CardProblem problem = kiosk.step(CardProblem.class);
        assertThat(problem.kind()).isEqualTo(CardProblemKind.CERTIFICATE_NOT_YET_VALID);
        assertThat(problem.message().args()).containsExactly(LocalDate.of(2026, 11, 25));
    }

    @Test
    void aGenuineCardWhoseHolderLivesElsewhereIsNotRegisteredHere() {
        kiosk.toRemoveCard("older-ca");

        assertThat(kiosk.step(CardProblem.class).kind()).isEqualTo(CardProblemKind.NOT_REGISTERED);
        kiosk.card.remove();
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.NOT_REGISTERED, 1);
    }

    @Test
    void aCardThatCannotProveItHoldsTheKeyIsRefusedAfterThePin() {
        kiosk.toPinEntry("default").enterPin("1234");
        kiosk.card.answerPin(new PinOutcome.Verified(kiosk.facts("default").fingerprint(),
                kiosk.facts("default").authCertificate(), false));

        assertThat(kiosk.step(CardProblem.class).kind()).isEqualTo(CardProblemKind.UNKNOWN_CARD);
        assertThat(kiosk.journal.entries()).noneMatch(e -> e.getClass().getSimpleName().equals("CardIdentified"));
    }

    @Test
    void aDifferentCardAnsweringThePinResetsTheVisit() {
        kiosk.toPinEntry("default").enterPin("1234");
        kiosk.card.answerPin(Cards.verified(kiosk.facts("hanako")));

        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.CARD_SWAPPED));
        assertThat(kiosk.machine.snapshot().visit()).isEmpty();
    }

    @Test
    void cardTroubleWhileReadingAbortsWithTheRightReason() {
        kiosk.start(Service.CERTIFICATES);
        kiosk.card.place();
        kiosk.card.fail(FakeCardPort.Kind.READ, new CardFault.ProtocolError("READ BINARY", 0x6F00, "no answer"));
        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.CARD_UNREADABLE));

        VisitHarness unplugged = new VisitHarness().toPinEntry("default");
        unplugged.card.send(new CardEvent.ReaderUnavailable(
                new CardFault.ReaderGone("reader")));
        assertThat(unplugged.step()).isEqualTo(new Aborted(AbortReason.READER_UNAVAILABLE));
    }

    private static BigInteger serial(VisitHarness kiosk, String holder) {
        return kiosk.facts(holder).authCertificate().getSerialNumber();
    }
}
