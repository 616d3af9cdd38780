package jp.madoguchi.app.kiosk.output;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.app.output.document.Certificates;
import jp.madoguchi.app.output.document.PrintGuard;
import jp.madoguchi.app.output.document.SampleMyNumbers;
import jp.madoguchi.app.output.document.VerificationCodes;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.app.output.payment.Cash;
import jp.madoguchi.app.output.payment.DemoCashAcceptor;
import jp.madoguchi.app.output.payment.Settlement;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.DocumentOrder;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * The real output ports of one kiosk over a journal in a test directory, the sample rules and registry at a time
 * the rules allow, and a given printer; with the events the ports send, as the visit would receive them.
 */
final class OutputPortsFixture implements AutoCloseable {
    static final Instant AT = Certificates.AT;
    static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

    final Journal journal;
    final DemoCashAcceptor cash = new DemoCashAcceptor();
    final IssuedSheets sheets = new IssuedSheets();
    final IssuingDocuments documents;
    final CashPayment payment;
    final GuardedPrinting printing;
    final BlockingQueue<PrintEvent> printEvents = new LinkedBlockingQueue<>();
    final List<PaymentEvent> paymentEvents = new ArrayList<>();
    final PagePreviews previews = new PagePreviews();
    final JournalAccounts accounts;

    OutputPortsFixture(Path dir, Printer printer) {
        journal = Journal.open(dir.resolve("journal.db"), CLOCK);
        Settlement settlement = new Settlement(journal, cash, 1);
        accounts = new JournalAccounts(journal, SampleBalances.load());
        documents = new IssuingDocuments(Samples.REGISTRY, () -> Samples.BOOK, new SampleMyNumbers(),
                VerificationCodes.withRandomKey(), CLOCK, sheets, accounts, journal, false);
        payment = new CashPayment(cash, journal, settlement);
        payment.subscribe(paymentEvents::add);
        printing = new GuardedPrinting(printer, sheets, new PrintGuard(Samples.REGISTRY), journal, settlement,
                previews, new Receipts(journal, () -> Samples.BOOK, CLOCK, cash.demonstration(), "test-kiosk"));
        printing.subscribe(printEvents::add);
    }

    /** A 住民票 of the default holder in 播磨町, as the visit orders it after payment. */
    static DocumentOrder residentRecord(VisitId visit, int copies) {
        return new DocumentOrder(visit, Certificates.AT, MunicipalityCode.parse(Samples.HARIMA),
                CertificateType.RESIDENT_RECORD, "default", List.of(), false, RequestedOptions.NONE, copies);
    }

    /** Journals the visit's start, pays {@code copies} 住民票 with a 1000 yen note and renders them. */
    List<DocumentNumber> paidAndRendered(VisitId visit, int copies) throws Exception {
        journal.record(new JournalEntry.Started(visit, AT, "test-kiosk", Service.CERTIFICATES, Language.JAPANESE));
        journal.record(new JournalEntry.Decided(visit, AT, MunicipalityCode.parse(Samples.HARIMA),
                CertificateType.RESIDENT_RECORD, true, List.of(), copies, 200 * copies));
        payment.request(visit, 200 * copies);
        cash.insert(Cash.NOTE_1000);
        List<DocumentNumber> numbers = documents.render(residentRecord(visit, copies));
        journal.record(new JournalEntry.DocumentsIssued(visit, AT, numbers));
        return numbers;
    }

    /** The job's last event (Completed or Failed), skipping progress. */
    PrintEvent lastPrintEvent() throws InterruptedException {
        while (true) {
            PrintEvent event = Optional.ofNullable(printEvents.poll(30, TimeUnit.SECONDS))
                    .orElseThrow(() -> new AssertionError("the printer never answered"));
            if (!(event instanceof PrintEvent.Progress)) {
                return event;
            }
        }
    }

    /** The visit's journal entries, all at {@link #AT} (the fixture's clock stands still). */
    List<JournalEntry> events(VisitId visit) {
        return journal.visit(visit).stream().map(JournalRecord::entry).toList();
    }

    @Override
    public void close() {
        printing.close();
        journal.close();
    }
}
