package jp.madoguchi.issuance.visit.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.cert.TrustStore;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.TestPki;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.visit.VisitDependencies;
import jp.madoguchi.issuance.visit.VisitRunner;
import jp.madoguchi.issuance.visit.VisitSettings;
import jp.madoguchi.issuance.visit.card.ReaderCardPort;
import jp.madoguchi.issuance.visit.port.SerialKey;
import jp.madoguchi.issuance.visit.port.memory.InMemoryAccounts;
import jp.madoguchi.issuance.visit.port.memory.InMemoryDocuments;
import jp.madoguchi.issuance.visit.port.memory.InMemoryJournal;
import jp.madoguchi.issuance.visit.port.memory.InMemoryPayment;
import jp.madoguchi.issuance.visit.port.memory.InMemoryPrinter;

/**
 * One kiosk as in production, headless: the visit runner, the reader service with its monitor and owner threads,
 * the in-process virtual reader and the in-memory output ports, on a simulated clock. Card I/O is real APDUs.
 */
final class SimulatedKiosk implements AutoCloseable {
    private static final SerialKey SALT = SerialKey.fromText("simulated-kiosk-serial-key");
    final SimulatedClock clock;
    final VirtualReader reader = new VirtualReader(null);
    final InMemoryPayment payment = new InMemoryPayment(InMemoryPayment.Mode.MANUAL);
    final InMemoryDocuments documents = new InMemoryDocuments();
    final InMemoryPrinter printer = new InMemoryPrinter(documents);
    final InMemoryJournal journal = new InMemoryJournal();
    final SnapshotFeed feed;
    private final ReaderService service;
    private final VisitRunner runner;

    SimulatedKiosk(Instant start, RuleBook rules, ResidentRegistry registry, AtomicLong apdus)
            throws InterruptedException {
        clock = new SimulatedClock(start);
        service = new ReaderService(reader, entry -> apdus.incrementAndGet()).start();
        service.awaitFirstPoll(Duration.ofSeconds(5));
        ChainVerifier chain = new ChainVerifier(TrustStore.of(TestPki.standard().trustAnchors(), List.of()));
        runner = VisitRunner.manual(new VisitDependencies(new ReaderCardPort(service, VirtualReader.READER_NAME),
                payment, documents, printer, journal, new InMemoryAccounts(), () -> rules, registry, chain, clock,
                VisitSettings.defaults(SALT)));
        feed = new SnapshotFeed(runner.current());
        runner.subscribe(feed);
    }

    VisitRunner runner() {
        return runner;
    }

    /** A fresh card of {@code holder}, its certificates issued for the simulated day. */
    void place(Holder holder) {
        reader.insert(VirtualMyNumberCard.of(holder, clock));
    }

    /** The card will be pulled while it answers its {@code apdus + 1}-th command from now. */
    void pullDuring(int apdus) {
        reader.controls().yankDuring(VirtualReader.READER_NAME, apdus);
    }

    void remove() {
        reader.remove();
    }

    boolean cardInReader() {
        return reader.controls().cardIn(VirtualReader.READER_NAME).isPresent();
    }

    /**
     * Nobody touches the kiosk: time jumps from deadline to deadline until the screen changes (some deadlines,
     * such as a card check nobody waits for any more, change nothing visible). False when nothing is due.
     */
    boolean letTimePass() {
        long shown = runner.current().sequence();
        for (int deadlines = 0; deadlines < 10; deadlines++) {
            Optional<Instant> next = runner.nextDeadline();
            if (next.isEmpty()) {
                return false;
            }
            clock.advanceTo(next.get());
            runner.tick();
            if (runner.current().sequence() != shown) {
                return true;
            }
        }
        return true;
    }

    @Override
    public void close() {
        runner.close();
        service.close();
    }
}
