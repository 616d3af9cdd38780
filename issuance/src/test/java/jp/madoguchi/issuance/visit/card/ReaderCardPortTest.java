package jp.madoguchi.issuance.visit.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.pcsc.ReaderSnapshot;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production card port over the reader service and the in-process virtual card: real APDUs, real threads. */
class ReaderCardPortTest {
    private final CardEvents events = new CardEvents(10);
    private VirtualReader reader;
    private ReaderService service;
    private ReaderCardPort port;

    @BeforeEach
    void start() throws InterruptedException {
        reader = new VirtualReader(null);
        service = new ReaderService(reader, null).start();
        service.awaitFirstPoll(Duration.ofSeconds(5));
        port = new ReaderCardPort(service, VirtualReader.READER_NAME);
        port.subscribe(events);
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private <T extends CardEvent> T next(Class<T> type) throws InterruptedException {
        return events.next(type);
    }

    @Test
    void readsTheCardThenChecksAWrongAndARightPinOnTheSameCard() throws InterruptedException {
        reader.insert(Holders.defaultHolder());
        next(CardEvent.Placed.class);

        port.read(1);
        CardEvent.Read read = next(CardEvent.Read.class);
        assertThat(read.request()).isEqualTo(1);
        assertThat(read.facts().authTries().triesLeft()).isEqualTo(3);
        assertThat(read.facts().signatureTries().triesLeft()).isEqualTo(5);
        assertThat(read.facts().signatureCertificatePresent()).isTrue();
        assertThat(read.facts().authCertificate().getSubjectX500Principal().getName())
                .contains("CN=JPKITEST000000000001");

        char[] wrong = "9999".toCharArray();
        port.verifyPin(2, wrong, false);
        assertThat(next(CardEvent.PinChecked.class).outcome()).isEqualTo(new PinOutcome.Wrong(2));
        assertThat(wrong).containsOnly('\0');

        port.verifyPin(3, "1234".toCharArray(), false);
        PinOutcome.Verified verified = (PinOutcome.Verified) next(CardEvent.PinChecked.class).outcome();
        assertThat(verified.possessionProven()).isTrue();
        assertThat(verified.fingerprint()).isEqualTo(read.facts().fingerprint());

        port.fingerprint(4);
        assertThat(next(CardEvent.Fingerprinted.class).fingerprint()).isEqualTo(read.facts().fingerprint());
    }

    @Test
    void aJukiCardIsRefusedAsNotAMyNumberCard() throws InterruptedException {
        reader.insert(Holders.byId("juki"));
        next(CardEvent.Placed.class);
        port.read(7);

        CardEvent.Failed failed = next(CardEvent.Failed.class);
        assertThat(failed.request()).isEqualTo(7);
        assertThat(failed.fault()).isInstanceOfSatisfying(CardFault.NotMyNumberCard.class,
                fault -> assertThat(fault.kind()).isEqualTo("JUKI_CARD"));
    }

    @Test
    void aCardPulledDuringTheReadIsReportedAsRemoved() throws InterruptedException {
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        reader.insert(card);
        next(CardEvent.Placed.class);
        reader.controls().yankDuring(VirtualReader.READER_NAME, 5);
        port.read(9);

        assertThat(next(CardEvent.Failed.class).fault()).isInstanceOf(CardFault.CardRemoved.class);
        next(CardEvent.Removed.class);
    }

    @Test
    void workForAReaderThatIsGoneFailsAndStillWipesThePin() throws InterruptedException {
        ReaderCardPort nowhere = new ReaderCardPort(service, "no such reader");
        BlockingQueue<CardEvent> answers = new LinkedBlockingQueue<>();
        nowhere.subscribe(answers::add);
        char[] pin = "1234".toCharArray();
        nowhere.verifyPin(1, pin, false);

        CardEvent answer = answers.poll(5, TimeUnit.SECONDS);
        assertThat(answer).isInstanceOfSatisfying(CardEvent.Failed.class,
                failed -> assertThat(failed.fault()).isInstanceOf(CardFault.ReaderGone.class));
        assertThat(pin).containsOnly('\0');
        assertThat(service.status().readers()).extracting(ReaderSnapshot::name)
                .containsExactly(VirtualReader.READER_NAME);
    }
}
