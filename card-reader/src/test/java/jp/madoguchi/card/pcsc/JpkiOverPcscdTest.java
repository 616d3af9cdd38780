package jp.madoguchi.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.jpki.CardReadout;
import jp.madoguchi.card.jpki.JpkiReader;
import jp.madoguchi.card.jpki.PinAttempt;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.card.virtual.ResponseHooks;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** End to end: SunPCSC → a real pcscd → vpcd → the virtual My Number card over TCP. */
@RequiresPcscStack
class JpkiOverPcscdTest {
    private static final String READER = VirtualCardStack.READER;
    private static final Duration WAIT = Duration.ofSeconds(10);
    private VirtualCardStack stack;
    private VirtualMyNumberCard card;
    private ReaderService service;

    @BeforeEach
    void start(VirtualCardStack stack) throws Exception {
        this.stack = stack;
        card = stack.insert(VirtualMyNumberCard.of(Holders.defaultHolder()));
        service = stack.readers();
    }

    private void awaitApdus(long count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (card.apduCount() < count) {
            assertThat(System.nanoTime()).as("the card answered " + count + " APDUs in time").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private <T> T run(CardWork<T> work) throws Exception {
        try {
            return service.submit(READER, work).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            e.getCause().addSuppressed(new Exception("awaited here")); // keeps the test's line in the report
            throw (Exception) e.getCause();
        }
    }

    @Test
    void fullReadThroughPcscd() throws Exception {
        CardReadout readout = run(s -> new JpkiReader(s.transport()).readPublic());
        assertThat(readout.authCertificate().certificate()).isEqualTo(card.authCertificate());
        assertThat(readout.signCaCertificate().certificate()).isEqualTo(card.signCaCertificate());
        assertThat(readout.authTries().triesLeft()).isEqualTo(3);
        assertThat(readout.signTries().triesLeft()).isEqualTo(5);
        assertThat(service.status().readers()).anySatisfy(r -> assertThat(r.atr()).isEqualTo("3BE000FF8131FE4514"));
    }

    @Test
    void lockAfterThreeWrongPinsAndNothingSentAfterwards() throws Exception {
        for (int left = 2; left >= 1; left--) {
            PinAttempt attempt = run(s -> new JpkiReader(s.transport()).pinVerifier().attempt(PinKind.AUTH,
                    "0000".toCharArray(), false));
            assertThat(attempt).isEqualTo(new PinAttempt.WrongPin(left));
        }
        PinAttempt unconfirmed = run(s -> new JpkiReader(s.transport()).pinVerifier().attempt(PinKind.AUTH,
                "0000".toCharArray(), false));
        assertThat(unconfirmed).isEqualTo(new PinAttempt.ConfirmationRequired(1));
        PinAttempt last = run(s -> new JpkiReader(s.transport()).pinVerifier().attempt(PinKind.AUTH,
                "0000".toCharArray(), true));
        assertThat(last).isEqualTo(new PinAttempt.Blocked());
        assertThat(card.triesLeft(PinKind.AUTH)).isZero();
        PinAttempt afterwards = run(s -> new JpkiReader(s.transport()).pinVerifier().attempt(PinKind.AUTH,
                "1234".toCharArray(), true));
        assertThat(afterwards).isEqualTo(new PinAttempt.Blocked());
    }

    @Test
    void cardPulledMidReadIsReportedAndTheNextCardIsRead() throws Exception {
        card.respondWith(ResponseHooks.delayed(Duration.ofMillis(150)));
        long before = card.apduCount();
        CompletableFuture<CardReadout> reading = service.submit(READER, s -> new JpkiReader(s.transport()).readPublic());
        awaitApdus(before + 5); // several APDUs into the read, well before its end
        stack.client().eject();
        assertThatThrownBy(() -> reading.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(CardFaultException.class)
                .satisfies(e -> assertThat(((CardFaultException) e.getCause()).fault())
                        .isInstanceOf(CardFault.CardRemoved.class));
        stack.awaitCard(false);
        VirtualMyNumberCard next = stack.insert(VirtualMyNumberCard.of(Holders.byId("hanako")));
        CardReadout readout = run(s -> new JpkiReader(s.transport()).readPublic());
        assertThat(readout.authCertificate().certificate()).isEqualTo(next.authCertificate());
    }

    @Test
    void noCardInTheReader() throws Exception {
        stack.eject();
        assertThatThrownBy(() -> run(s -> new JpkiReader(s.transport()).identify()))
                .isInstanceOfSatisfying(CardFaultException.class,
                        e -> assertThat(e.fault()).isInstanceOf(CardFault.CardRemoved.class));
    }

    @Test
    void pcscdKilledAndRestartedMidSession() throws Exception {
        run(s -> new JpkiReader(s.transport()).identify());
        stack.pcscd().killPcscd();
        assertThatThrownBy(() -> run(s -> new JpkiReader(s.transport()).identify()))
                .isInstanceOfSatisfying(CardFaultException.class,
                        e -> assertThat(e.fault()).isInstanceOf(CardFault.ServiceDown.class));
        assertThat(service.awaitStatus(s -> !s.serviceUp(), WAIT).fault()).isInstanceOf(CardFault.ServiceDown.class);
        stack.pcscd().startPcscd(); // the virtual card reconnects to the new vpcd by itself
        stack.awaitCard(true);
        CardReadout readout = run(s -> new JpkiReader(s.transport()).readPublic());
        assertThat(readout.authCertificate().certificate()).isEqualTo(card.authCertificate());
    }
}
