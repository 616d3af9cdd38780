package jp.madoguchi.app.kiosk.output;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import jp.madoguchi.app.output.document.MyNumberSource;
import jp.madoguchi.app.output.document.PrintGuard;
import jp.madoguchi.app.output.document.VerificationCodes;
import jp.madoguchi.app.output.journal.CrashRecovery;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.payment.DemoCashAcceptor;
import jp.madoguchi.app.output.payment.PaymentDevice;
import jp.madoguchi.app.output.payment.Settlement;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.visit.port.AccountPort;
import jp.madoguchi.issuance.visit.port.VisitJournal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kiosk's real output ports over one journal, one printer and a payment device: the configured one, else the
 * demonstration cash acceptor. Opening runs {@link CrashRecovery} before the first visit, so money a crashed visit
 * took is on record as owed.
 */
public final class KioskOutputs implements AutoCloseable {
    /** One reprint per sheet, then a refund: a second failure in a row needs staff. */
    private static final int MAX_REPRINTS = 1;
    private static final Logger LOG = LoggerFactory.getLogger(KioskOutputs.class);

    private final Journal journal;
    private final DemoCashAcceptor cash = new DemoCashAcceptor();
    private final PaymentDevice device;
    private final IssuedSheets sheets = new IssuedSheets();
    private final PagePreviews previews = new PagePreviews();
    private final CashPayment payment;
    private final IssuingDocuments documents;
    private final GuardedPrinting printing;
    private final VisitJournal visitJournal;
    private final AccountPort accounts;

    private KioskOutputs(Journal journal, Printer printer, ResidentRegistry registry, MyNumberSource myNumbers,
            Supplier<RuleBook> rules, Clock clock, String kiosk, boolean specimen, Optional<PaymentDevice> configured) {
        this.journal = journal;
        this.device = configured.orElse(cash);
        Settlement settlement = new Settlement(journal, device, MAX_REPRINTS);
        this.payment = new CashPayment(device, journal, settlement,
                Optional.of(new RefundSlips(printer, journal, rules, clock, kiosk)));
        this.accounts = new JournalAccounts(journal, SampleBalances.load());
        this.documents = new IssuingDocuments(registry, rules, myNumbers,
                VerificationCodes.withRandomKey(), clock, sheets, accounts, journal, specimen);
        this.printing = new GuardedPrinting(printer, sheets, new PrintGuard(registry), journal, settlement,
                previews, new Receipts(journal, rules, clock, device.demonstration(), kiosk));
        this.visitJournal = new VisitEndCleanup(journal, sheets, printer, previews);
    }

    /**
     * Takes ownership of {@code journal} (closed with the outputs) after recovering it.
     *
     * @param specimen certificates are marked 見本/SPECIMEN (every kiosk but a production one)
     * @param device the configured payment device (owned from now on: closed with the outputs); empty for the
     *     demonstration cash acceptor
     */
    public static KioskOutputs open(Journal journal, Printer printer, ResidentRegistry registry,
            MyNumberSource myNumbers, Supplier<RuleBook> rules, Clock clock, String kiosk, boolean specimen,
            Optional<PaymentDevice> device) {
        // A broken journal takes no records, not even recovery's: its open visits stay as the evidence shows them.
        List<CrashRecovery.Recovered> recovered = journal.problem().isPresent() ? List.of() : CrashRecovery.run(journal);
        if (!recovered.isEmpty()) {
            int owed = recovered.stream().mapToInt(CrashRecovery.Recovered::refundRecorded).sum();
            LOG.warn("Closed {} visit(s) left open by a crash; {} yen recorded as refund due", recovered.size(), owed);
        }
        return new KioskOutputs(journal, printer, registry, myNumbers, rules, clock, kiosk, specimen, device);
    }

    public Journal journal() {
        return journal;
    }

    /**
     * The demonstration device the payment screen's buttons feed; with a configured device it takes no payment,
     * so the demo panel stays idle.
     */
    public DemoCashAcceptor cash() {
        return cash;
    }

    /** The device that takes the fee. */
    public PaymentDevice paymentDevice() {
        return device;
    }

    public CashPayment payment() {
        return payment;
    }

    public IssuingDocuments documents() {
        return documents;
    }

    public GuardedPrinting printing() {
        return printing;
    }

    /** The journal for the visit: the SQLite journal behind the end-of-visit cleanup. */
    public VisitJournal visitJournal() {
        return visitJournal;
    }

    /** The account inquiry: this journal's history and the sample municipal balances. */
    public AccountPort accounts() {
        return accounts;
    }

    /** The spool printer's page images of the current visit, for the screen. */
    public PagePreviews previews() {
        return previews;
    }

    public IssuedSheets sheets() {
        return sheets;
    }

    @Override
    public void close() {
        printing.close();
        if (device instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("Closing the payment device: {}", e.toString());
            }
        }
        journal.close();
    }
}
