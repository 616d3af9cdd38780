package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.cert.TrustStore;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.holder.TestPki;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.card.ReaderCardPort;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.memory.InMemoryAccounts;
import jp.madoguchi.issuance.visit.port.memory.InMemoryDocuments;
import jp.madoguchi.issuance.visit.port.memory.InMemoryJournal;
import jp.madoguchi.issuance.visit.port.memory.InMemoryPayment;
import jp.madoguchi.issuance.visit.port.memory.InMemoryPrinter;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The default holder's whole visit as the kiosk runs it: the runner's own thread with real time, the reader
 * service and the in-process virtual card, pay-at-once payment and the in-memory printer.
 */
class VisitRunnerTest {
    /**
     * Real time, ticking from a Tuesday 10:00 in Tokyo: on the wall clock the sample municipality's service hours
     * (06:30-23:00) would close the menu to runs between 14:00 and 21:30 UTC.
     */
    private static final Clock TUESDAY_10 = Clock.offset(Clock.systemUTC(),
            Duration.between(Instant.now(), VisitHarness.TUESDAY_10));
    private final VirtualReader reader = new VirtualReader(null);
    private final ReaderService service = new ReaderService(reader, null).start();
    private final InMemoryJournal journal = new InMemoryJournal();
    private final InMemoryDocuments documents = new InMemoryDocuments();
    private final BlockingQueue<VisitSnapshot> shown = new LinkedBlockingQueue<>();
    private final VisitRunner kiosk = VisitRunner.start(new VisitDependencies(
            new ReaderCardPort(service, VirtualReader.READER_NAME), new InMemoryPayment(InMemoryPayment.Mode
                    .PAY_AT_ONCE), documents, new InMemoryPrinter(documents), journal, new InMemoryAccounts(),
            () -> Samples.BOOK,
            Samples.REGISTRY, new ChainVerifier(TrustStore.of(TestPki.standard().trustAnchors(), List.of())),
            TUESDAY_10, VisitSettings.defaults(VisitHarness.SALT)));

    @AfterEach
    void stop() {
        kiosk.close();
        service.close();
    }

    private <T extends VisitStep> T await(Class<T> step) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            VisitSnapshot next = shown.poll(100, TimeUnit.MILLISECONDS);
            if (next != null && step.isInstance(next.step())) {
                return step.cast(next.step());
            }
        }
        throw new AssertionError("never reached " + step.getSimpleName() + "; showing " + kiosk.current());
    }

    @Test
    void anEventAfterCloseIsDroppedNotThrownAtTheReaderThatSentIt() {
        kiosk.close();
        // Before, a card leaving as the kiosk closed threw RejectedExecutionException on the reader's thread.
        assertThatCode(() -> kiosk.health(ServiceHealth.IN_SERVICE)).doesNotThrowAnyException();
        assertThatCode(() -> kiosk.send(new ResidentAction.Touch())).doesNotThrowAnyException();
    }

    @Test
    void theDefaultHolderGetsACertificateOfResidenceOnTheVirtualCard() throws InterruptedException {
        kiosk.subscribe(shown::add);
        await(Attract.class);
        kiosk.send(new ResidentAction.ChooseService(Service.CERTIFICATES));
        reader.insert(Holders.defaultHolder());
        assertThat(await(PinEntry.class).triesLeft()).isEqualTo(3);

        kiosk.send(new ResidentAction.EnterPin("1234".toCharArray()));
        await(RemoveCard.class);
        reader.remove();
        assertThat(await(ChooseMunicipality.class).choices().get(0).name()).isEqualTo("播磨町");

        kiosk.send(new ResidentAction.ChooseMunicipality(MunicipalityRole.RESIDENCE));
        await(ChooseCertificate.class);
        kiosk.send(new ResidentAction.ChooseCertificate(CertificateType.SEAL_REGISTRATION));
        kiosk.send(new ResidentAction.Confirm());
        kiosk.send(new ResidentAction.Confirm());
        assertThat(await(TakeDocuments.class).certificates()).isEqualTo(1);
        kiosk.send(new ResidentAction.Confirm());
        await(ThankYou.class);
        await(Attract.class);

        assertThat(journal.outcomes()).containsOnly(Map.entry(EndReason.COMPLETED, 1));
        assertThat(documents.issued()).isEqualTo(1);
    }
}
