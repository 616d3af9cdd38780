package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import jp.madoguchi.app.wiring.Trust;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.virtual.VirtualReader;
import jp.madoguchi.issuance.protocol.RulesOperations;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.visit.VisitDependencies;
import jp.madoguchi.issuance.visit.VisitRunner;
import jp.madoguchi.issuance.visit.VisitSettings;
import jp.madoguchi.issuance.visit.card.ReaderCardPort;
import jp.madoguchi.issuance.visit.port.memory.InMemoryDocuments;
import jp.madoguchi.issuance.visit.port.memory.InMemoryPayment;
import jp.madoguchi.issuance.visit.port.memory.InMemoryPrinter;
import jp.madoguchi.ui.staff.RecentVisits;
import jp.madoguchi.ui.staff.StaffConsole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a running kiosk holds besides its window: the reader service, the rules, the visit running on its own
 * thread with the real state machine, and the in-memory output ports (paid at once, printed at once) until the
 * output adapters arrive. Built off the FX thread; the window only subscribes to it.
 */
public final class KioskSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskSession.class);
    private static final int RECENT_VISITS = 20;

    private final KioskConfig config;
    private final CardSource cards;
    private final KioskRules rules;
    private final RecentVisits recent;
    private final ChainVerifier chain;
    private final Clock clock;
    private final VisitRunner visits;

    private KioskSession(KioskConfig config, CardSource cards, KioskRules rules, ResidentRegistry registry,
            ChainVerifier chain, Clock clock) {
        this.config = config;
        this.cards = cards;
        this.rules = rules;
        this.chain = chain;
        this.clock = clock;
        this.recent = new RecentVisits(new LoggedJournal(), RECENT_VISITS);
        InMemoryDocuments documents = new InMemoryDocuments();
        VisitSettings settings = VisitSettings.defaults(java.util.Base64.getEncoder().encodeToString(
                        config.journalSaltBytes().orElseGet(KioskSession::freshSalt)))
                .withIdle(config.idleAfter(), config.idleWarning());
        this.visits = VisitRunner.start(new VisitDependencies(new ReaderCardPort(cards.readers(), cards.readerName()),
                new InMemoryPayment(InMemoryPayment.Mode.PAY_AT_ONCE), documents, new InMemoryPrinter(documents),
                recent, rules, registry, chain, clock, settings));
    }

    /**
     * Opens a kiosk on {@code cards}. Test certificates (the virtual card's O=JPKI-TEST) are trusted on the virtual
     * card or when the configuration accepts them.
     */
    public static KioskSession open(KioskConfig config, CardSource cards, Clock clock) throws IOException {
        boolean testCards = cards.virtual().isPresent() || config.acceptTestCards();
        ChainVerifier chain = new ChainVerifier(Trust.load(config.trustDirectory(), testCards));
        LOG.info("Kiosk on {} ({}), {}", cards.readerName(), cards.readers().sourceDescription(), config);
        return new KioskSession(config, cards, KioskRules.load(Optional.ofNullable(config.rulesDirectory())),
                RulesOperations.registry(Optional.empty()), chain, clock);
    }

    public VisitRunner visits() {
        return visits;
    }

    public KioskConfig config() {
        return config;
    }

    /** The in-process reader when the kiosk runs on the virtual card. */
    public Optional<VirtualReader> virtualReader() {
        return cards.virtual();
    }

    public StaffConsole staffConsole(Runnable exit) {
        return new KioskStaffConsole(cards, rules, recent, chain, clock, config, exit);
    }

    /** Random per start when none is configured: journal hashes then link visits within one run only. */
    private static byte[] freshSalt() {
        LOG.warn("No journalSalt configured: card serial hashes in the journal are comparable within this run only");
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    @Override
    public void close() {
        visits.close();
        cards.readers().close();
    }
}
