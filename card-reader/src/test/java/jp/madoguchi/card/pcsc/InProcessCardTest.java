package jp.madoguchi.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.jpki.CardReadout;
import jp.madoguchi.card.jpki.JpkiReader;
import jp.madoguchi.card.jpki.PinAttempt;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole card path in one JVM: reader service → owner thread → javax.smartcardio (the virtual terminal
 * factory with SunPCSC's quirks) → the virtual My Number card. Every failure must arrive as a card fault
 * with a clear message, within seconds, never as an unchecked exception.
 */
class InProcessCardTest {
    private static final String READER = VirtualReader.READER_NAME;
    private VirtualReader reader;
    private ReaderService service;
    private VirtualMyNumberCard card;

    @BeforeEach
    void start() throws InterruptedException {
        card = VirtualMyNumberCard.of(Holders.defaultHolder());
        reader = new VirtualReader(null);
        reader.insert(card);
        service = new ReaderService(reader, null).start();
        service.awaitStatus(s -> s.readers().stream().anyMatch(ReaderSnapshot::cardPresent), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private <T> T run(CardWork<T> work) throws Exception {
        try {
            return service.submit(READER, work).get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    @Test
    void readsEverythingPublicInOnePass() throws Exception {
        CardReadout readout = run(s -> new JpkiReader(s.transport()).readPublic());
        assertThat(readout.authCertificate().certificate()).isEqualTo(card.authCertificate());
        assertThat(readout.authCaCertificate().certificate()).isEqualTo(card.authCaCertificate());
        assertThat(readout.signCaCertificate().certificate()).isEqualTo(card.signCaCertificate());
        assertThat(readout.authTries().triesLeft()).isEqualTo(3);
        assertThat(readout.signTries().triesLeft()).isEqualTo(5);
        assertThat(readout.kenhojoTries().triesLeft()).isEqualTo(3);
        assertThat(service.status().readers().get(0).atr()).isEqualTo("3BE000FF8131FE4514");
    }

    @Test
    void wrongPinThenRightPinThenPossessionProof() throws Exception {
        PinAttempt wrong = run(s -> new JpkiReader(s.transport()).pinVerifier().attempt(PinKind.AUTH,
                "9999".toCharArray(), false));
        assertThat(wrong).isEqualTo(new PinAttempt.WrongPin(2));
        Boolean proven = run(s -> {
            JpkiReader jpki = new JpkiReader(s.transport());
            assertThat(jpki.pinVerifier().attempt(PinKind.AUTH, "1234".toCharArray(), false))
                    .isEqualTo(new PinAttempt.Verified());
            return jpki.possessionProof().prove(card.authCertificate()).verified();
        });
        assertThat(proven).isTrue();
        assertThat(card.triesLeft(PinKind.AUTH)).isEqualTo(3);
    }

    @Test
    void authPinLocksAfterThreeAndSignatureAfterFive() throws Exception {
        assertThat(wrongUntilBlocked(PinKind.AUTH, "0000")).isEqualTo(3);
        assertThat(wrongUntilBlocked(PinKind.SIGN, "WRONG1")).isEqualTo(5);
        long before = card.apduCount();
        PinAttempt refused = run(s -> new JpkiReader(s.transport()).pinVerifier().attempt(PinKind.AUTH,
                "1234".toCharArray(), true));
        assertThat(refused).isEqualTo(new PinAttempt.Blocked());
        assertThat(card.apduCount() - before).as("only SELECTs and the tries query").isLessThanOrEqualTo(3);
        assertThat(card.triesLeft(PinKind.AUTH)).isZero();
    }

    /** Sends wrong PINs (confirming the last try, as the resident would) and counts the VERIFYs sent. */
    private int wrongUntilBlocked(PinKind kind, String wrong) throws Exception {
        int sent = 0;
        for (int i = 0; i < 10; i++) {
            PinAttempt attempt = run(s -> new JpkiReader(s.transport()).pinVerifier().attempt(kind,
                    wrong.toCharArray(), true));
            sent++;
            if (attempt instanceof PinAttempt.Blocked) {
                return sent;
            }
            assertThat(attempt).isEqualTo(new PinAttempt.WrongPin(kind.maxTries() - sent));
        }
        throw new AssertionError(kind + " never blocked");
    }

    @Test
    void removalDuringAMultiChunkReadIsACardFault() {
        // APDU 11 is the first READ of the auth certificate; pull the card during the second chunk.
        reader.controls().yankDuring(READER, 11);
        assertThatThrownBy(() -> run(s -> new JpkiReader(s.transport()).readPublic()))
                .isInstanceOfSatisfying(CardFaultException.class,
                        e -> assertThat(e.fault()).isInstanceOf(CardFault.CardRemoved.class));
    }

    @Test
    void aReaderWithoutACardSaysSo() throws Exception {
        reader.remove();
        service.awaitStatus(s -> !s.readers().get(0).cardPresent(), Duration.ofSeconds(5));
        assertThatThrownBy(() -> run(s -> new JpkiReader(s.transport()).identify()))
                .isInstanceOfSatisfying(CardFaultException.class,
                        e -> assertThat(e.fault()).isInstanceOf(CardFault.CardRemoved.class));
    }

    @Test
    void shortResponseIsAProtocolError() {
        assertFault(nth(1, r -> new byte[] {(byte) 0x90}), "shorter than a status word");
    }

    @Test
    void unexpectedStatusWordIsAProtocolError() {
        assertFault(nth(1, r -> new byte[] {0x6F, 0x00}), "6F00");
    }

    @Test
    void certificateLengthPastTheEndOfTheFileIsAProtocolError() {
        // Response 11 starts the auth certificate: claim 0x7FF0 bytes in the DER header.
        assertFault(nth(11, r -> {
            byte[] tampered = r.clone();
            tampered[2] = 0x7F;
            tampered[3] = (byte) 0xF0;
            return tampered;
        }), "");
    }

    @Test
    void garbageDerIsAProtocolError() {
        assertFault(nth(11, r -> {
            byte[] tampered = r.clone();
            tampered[0] = 0x04;
            return tampered;
        }), "");
    }

    private void assertFault(UnaryOperator<byte[]> hook, String messagePart) {
        card.respondWith(hook);
        assertThatThrownBy(() -> run(s -> new JpkiReader(s.transport()).readPublic()))
                .isInstanceOfSatisfying(CardFaultException.class, e -> {
                    assertThat(e.fault()).isInstanceOf(CardFault.ProtocolError.class);
                    assertThat(e.getMessage()).contains(messagePart).doesNotContain("null");
                });
    }

    /** Applies {@code tamper} to the n-th response only (1-based), as a flaky or hostile card would. */
    private static UnaryOperator<byte[]> nth(int n, UnaryOperator<byte[]> tamper) {
        AtomicInteger count = new AtomicInteger();
        return response -> count.incrementAndGet() == n ? tamper.apply(response) : response;
    }
}
