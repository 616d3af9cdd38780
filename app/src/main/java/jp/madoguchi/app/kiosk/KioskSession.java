package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.kiosk.health.HealthCheck;
import jp.madoguchi.app.kiosk.health.HealthMonitor;
import jp.madoguchi.app.kiosk.health.VisitStartGate;
import jp.madoguchi.app.kiosk.output.KioskOutputs;
import jp.madoguchi.app.kiosk.staff.KioskFacts;
import jp.madoguchi.app.kiosk.staff.KioskStaffConsole;
import jp.madoguchi.app.kiosk.status.KioskStatus;
import jp.madoguchi.app.kiosk.status.StatusFile;
import jp.madoguchi.app.output.OutputSettings;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalKey;
import jp.madoguchi.app.output.payment.PaymentDevice;
import jp.madoguchi.app.output.payment.socket.SocketPaymentDevice;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.app.output.printing.Printers;
import jp.madoguchi.app.output.printing.SpoolRecovery;
import jp.madoguchi.app.wiring.Trust;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.cert.TrustStore;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitDependencies;
import jp.madoguchi.issuance.visit.VisitRunner;
import jp.madoguchi.issuance.visit.VisitSettings;
import jp.madoguchi.issuance.visit.card.ReaderCardPort;
import jp.madoguchi.issuance.visit.port.SerialKey;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import jp.madoguchi.ui.kiosk.DemoCash;
import jp.madoguchi.ui.staff.RecentVisits;
import jp.madoguchi.ui.staff.StaffConsole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a running kiosk holds besides its window: the reader service, the rules, the visit running on its own
 * thread with the real state machine, and the real outputs: the SQLite journal (recovered from any crash first),
 * certificates, the configured printer, registry and payment device (else the demonstration cash acceptor). Built
 * off the FX thread; the window only subscribes to it.
 */
public final class KioskSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskSession.class);
    private static final int RECENT_VISITS = 20;
    private static final Duration HEALTH_PERIOD = Duration.ofSeconds(5);

    private final KioskConfig config;
    private final CardSource cards;
    private final KioskRules rules;
    private final RecentVisits recent;
    private final ChainVerifier chain;
    private final Clock clock;
    private final KioskOutputs outputs;
    private final VisitRunner visits;
    private final Optional<HealthMonitor> health;
    private final Printer printer;
    private final String kioskId;
    private final StatusReport report;
    private final StatusPublisher status;
    private final KioskLock lock;

    private KioskSession(KioskConfig config, CardSource cards, KioskRules rules, KioskRegistry registry,
            ChainVerifier chain, int trustAnchors, Clock clock, Printer printer, List<HealthCheck> checks,
            Optional<SocketPaymentDevice> payment, KioskLock lock, SerialKey serialKey) {
        this.lock = lock;
        this.config = config;
        this.cards = cards;
        SpoolRecovery.run(config.spoolDirectory()); // before the first visit: what a killed kiosk spooled
        clearPrinter(printer);
        Instant startedAt = Instant.now();
        this.rules = rules;
        this.chain = chain;
        this.clock = clock;
        this.printer = printer;
        OutputSettings environment = OutputSettings.fromEnvironment();
        this.kioskId = environment.kiosk();
        this.outputs = KioskOutputs.open(Journal.open(config.journalFile(), clock), printer,
                registry.residents(), registry.myNumbers(), rules, clock, environment.kiosk(),
                config.kioskMode() != KioskMode.PRODUCTION, payment.map(PaymentDevice.class::cast));
        // The journal's checks, every round and again as each visit starts (outside the demo the fail-closed checks
        // already hold the disk and the file, so only the chain is added there).
        HealthCheck chainIntact = HealthCheck.of(ServiceCheck.JOURNAL, outputs.journal()::problem);
        List<HealthCheck> journalChecks = new ArrayList<>(FailClosed.journalFile(config, true));
        journalChecks.add(chainIntact);
        this.recent = new RecentVisits(new VisitStartGate(outputs.visitJournal(), journalChecks), RECENT_VISITS);
        VisitSettings settings = VisitSettings.defaults(serialKey)
                .withIdle(config.idleAfter(), config.idleWarning())
                .withHomeLanguage(new Language(config.kioskLanguage().tag()))
                .withKiosk(environment.kiosk());
        this.visits = VisitRunner.start(new VisitDependencies(new ReaderCardPort(cards.readers(), cards.readerName()),
                outputs.payment(), outputs.documents(), outputs.printing(), recent, outputs.accounts(), rules,
                registry.residents(), chain, clock, settings));
        List<HealthCheck> all = new ArrayList<>(checks);
        all.addAll(config.kioskMode().fallsBack() ? journalChecks : List.of(chainIntact));
        this.health = Optional.of(new HealthMonitor(all, visits::health).start(HEALTH_PERIOD));
        this.report = new StatusReport(new StatusReport.Parts(config, environment.kiosk(), startedAt, cards,
                outputs.journal(), recent, rules, printer, trustAnchors, this::health));
        this.status = new StatusPublisher(StatusFile.beside(config.journalFile()), this::status).start(HEALTH_PERIOD);
    }

    /**
     * Opens a kiosk on {@code cards}. In the demo, test certificates (the virtual card's O=JPKI-TEST) are trusted on
     * the virtual card or when the configuration accepts them, and the sample rules and registry stand in for what
     * is not configured. Outside the demo nothing stands in: what is missing or failing keeps the kiosk out of
     * service (see {@link FailClosed}), training trusts the test hierarchy, production never does.
     */
    public static KioskSession open(KioskConfig config, CardSource cards, Clock clock) throws IOException {
        KioskLock lock = KioskLock.acquire(config.journalFile());
        try {
            return build(config, cards, clock, lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static KioskSession build(KioskConfig config, CardSource cards, Clock clock, KioskLock lock)
            throws IOException {
        KioskMode mode = config.kioskMode();
        if (mode.fallsBack()) {
            boolean testCards = cards.virtual().isPresent() || config.acceptTestCards();
            TrustStore anchors = Trust.load(config.trustDirectory(), testCards);
            ChainVerifier chain = new ChainVerifier(anchors);
            LOG.info("Kiosk on {} ({}), {}", cards.readerName(), cards.readers().sourceDescription(), config);
            return new KioskSession(config, cards, KioskRules.load(Optional.ofNullable(config.rulesDirectory())),
                    KioskRegistry.of(config), chain, anchors.anchors().size(), clock,
                    printer(config, OutputSettings.fromEnvironment().cups()), List.of(), paymentDevice(config), lock,
                    JournalKey.load(config.journalKeyFile(), true));
        }
        if (cards.virtual().isPresent()) {
            throw new IllegalArgumentException(mode.id() + " mode never runs on the virtual card");
        }
        TrustStore trust = trust(config.trustDirectory(), mode == KioskMode.TRAINING);
        KioskRules rules = rules(config);
        KioskRegistry registry = KioskRegistry.of(config);
        LOG.info("Kiosk in {} mode on {}, {}", mode.id(), cards.readerName(), config);
        Printer printer = printer(config, OutputSettings.fromEnvironment().cups());
        Optional<SocketPaymentDevice> payment = paymentDevice(config);
        List<HealthCheck> checks = new ArrayList<>(
                FailClosed.checks(config, cards, rules, trust, printer, registry, payment, true));
        SerialKey key;
        try {
            key = JournalKey.load(config.journalKeyFile(), mode != KioskMode.PRODUCTION);
        } catch (IOException e) {
            // Out of service until the key is there; this stand-in key never hashes a visit, as none can start.
            checks.add(HealthCheck.failed(ServiceCheck.JOURNAL, e.getMessage()));
            key = SerialKey.of(SecureRandom.getSeed(32));
        }
        return new KioskSession(config, cards, rules, registry, new ChainVerifier(trust), trust.anchors().size(),
                clock, printer, checks, payment, lock, key);
    }

    /**
     * The configured cash unit's daemon, connected before the first health round (within 2 s) so a kiosk started
     * with its daemon is not out of service for a moment; without a socket, the demonstration acceptor (demo only:
     * elsewhere {@link FailClosed} keeps production out of service).
     */
    private static Optional<SocketPaymentDevice> paymentDevice(KioskConfig config) {
        Optional<SocketPaymentDevice> device = config.paymentEndpoint().map(SocketPaymentDevice::start);
        device.ifPresent(d -> d.awaitConnected(Duration.ofSeconds(2)));
        return device;
    }

    /**
     * Outside the demo: from a signed bundle when rules signers are configured (the last good bundle is kept in the
     * data directory), else the directory as it is (training; production then lacks its rulesSigners).
     */
    static KioskRules rules(KioskConfig config) {
        if (config.rulesSignersDirectory().isPresent() && config.rulesDirectory() != null) {
            TrustStore signers = trust(config.rulesSignersDirectory().get(), false);
            return KioskRules.loadSigned(config.rulesDirectory(), signers.anchors(),
                    config.journalFile().toAbsolutePath().resolveSibling("rules-last-good"));
        }
        return KioskRules.loadAny(config.rulesDirectory());
    }

    /** The configured anchors (plus the test hierarchy for training); none when the directory cannot be read. */
    static TrustStore trust(Path directory, boolean testPki) {
        try {
            return Trust.load(directory, testPki);
        } catch (IOException e) {
            LOG.error("The trust directory {} cannot be read: {}", directory, e.getMessage());
            return TrustStore.of(List.of(), List.of());
        }
    }

    public VisitRunner visits() {
        return visits;
    }

    public KioskConfig config() {
        return config;
    }

    /**
     * The reader this kiosk's visits use: the one its {@link CardSource} was opened on (a {@code --reader} given on
     * the command line, else the configured one), not necessarily {@link KioskConfig#readerName()}.
     */
    public String readerName() {
        return cards.readerName();
    }

    /** The in-process reader when the kiosk runs on the virtual card. */
    public Optional<VirtualReader> virtualReader() {
        return cards.virtual();
    }

    /** What the staff screen asks of this kiosk; {@code exit} ends it (the staff screen's exit, once confirmed). */
    public StaffConsole staffConsole(Runnable exit) {
        HealthMonitor monitor = health.orElseThrow();
        return new KioskStaffConsole(new KioskStaffConsole.Parts(cards, chain, clock, printer,
                config.printerQueue().orElse(""), kioskId, monitor::poll,
                () -> visits.current().visit().isPresent(), recent, rules::reload,
                KioskFacts.of(config, cards.readerName()), exit));
    }

    /** The demonstration cash acceptor the payment screen's buttons feed. */
    public DemoCash demoCash() {
        return new DemoCashDesk(outputs.cash());
    }

    public KioskOutputs outputs() {
        return outputs;
    }

    /**
     * The configured CUPS queue, else the embedded spool printer whose previews the screen can show (outside the
     * demo a missing queue keeps the kiosk out of service, so the spool printer never prints there).
     */
    private static Printer printer(KioskConfig config, URI cups) {
        return Printers.configured(config.printerQueue(), config.spoolDirectory(), cups);
    }

    /** A killed kiosk's jobs (certificate data CUPS keeps) go before the first visit; failing that, staff are told. */
    private static void clearPrinter(Printer printer) {
        try {
            printer.clearLeftovers();
        } catch (RuntimeException e) {
            LOG.error("{}", e.getMessage());
        }
    }

    /** What {@code status} shows a fleet: never a name, a PIN, a 個人番号 or a card serial. */
    KioskStatus status() {
        return report.now();
    }

    /** The health monitor of a kiosk outside the demo. */
    public Optional<HealthMonitor> health() {
        return health;
    }

    @Override
    public void close() {
        status.close();
        health.ifPresent(HealthMonitor::close);
        cards.readers().close(); // first: the readers' last events still reach a running visit thread
        visits.close();
        outputs.close();
        try {
            lock.close();
        } catch (IOException e) {
            LOG.warn("Kiosk lock not released cleanly: {}", e.getMessage());
        }
    }
}
