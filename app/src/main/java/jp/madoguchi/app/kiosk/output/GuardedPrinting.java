package jp.madoguchi.app.kiosk.output;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import jp.madoguchi.app.output.document.GuardVerdict;
import jp.madoguchi.app.output.document.IssuedDocument;
import jp.madoguchi.app.output.document.IssuedSheet;
import jp.madoguchi.app.output.document.IssuedStatement;
import jp.madoguchi.app.output.document.PrintGuard;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.payment.Settlement;
import jp.madoguchi.app.output.payment.SettlementDecision;
import jp.madoguchi.app.output.printing.PdfJob;
import jp.madoguchi.app.output.printing.PrintOutcome;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitMachine;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.port.PrintPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@link PrintPort} over a {@link Printer}, one sheet at a time on its own thread (a CUPS job can take minutes and
 * the visit thread must keep ticking). Every sheet passes the {@link PrintGuard} right before it goes to the
 * printer, and each sheet's outcome is journaled as it is known, so a crash mid-job leaves an exact ledger. A failed
 * sheet goes to {@link Settlement}: a reprint when the printer is ready again, else its fee is refunded and the job
 * fails; the visit then refunds whatever else no printed sheet accounts for. When a paid job's sheets all printed, the
 * visit's {@link Receipts receipt} follows; account statements are free, printed once and never settled.
 */
public final class GuardedPrinting implements PrintPort, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedPrinting.class);

    private final Printer printer;
    private final IssuedSheets sheets;
    private final PrintGuard guard;
    private final Journal journal;
    private final Settlement settlement;
    private final PagePreviews previews;
    private final Receipts receipts;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "printing");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Consumer<PrintEvent> listener = event -> { };

    GuardedPrinting(Printer printer, IssuedSheets sheets, PrintGuard guard, Journal journal,
            Settlement settlement, PagePreviews previews, Receipts receipts) {
        this.printer = printer;
        this.receipts = receipts;
        this.previews = previews;
        this.sheets = sheets;
        this.guard = guard;
        this.journal = journal;
        this.settlement = settlement;
    }

    @Override
    public void subscribe(Consumer<PrintEvent> subscriber) {
        listener = subscriber;
    }

    @Override
    public void submit(jp.madoguchi.issuance.visit.port.PrintJob job) {
        worker.execute(() -> {
            MDC.put(VisitMachine.VISIT_KEY, job.visit().value());
            try {
                listener.accept(runOrStop(job.visit(), job.documents()));
            } finally {
                MDC.remove(VisitMachine.VISIT_KEY);
            }
        });
    }

    /** A job must end with an event even when the journal or the printer throws, or the visit waits forever. */
    private PrintEvent runOrStop(VisitId visit, List<DocumentNumber> numbers) {
        try {
            return run(visit, numbers);
        } catch (RuntimeException e) {
            LOG.error("Printing for visit {} stopped: {}", visit, e.toString());
            return new PrintEvent.Failed(visit, PrintFailure.QUEUE_STOPPED);
        }
    }

    /** Prints the sheets in order and returns the job's last event; progress is reported on the way. */
    private PrintEvent run(VisitId visit, List<DocumentNumber> numbers) {
        boolean paid = numbers.stream().anyMatch(n -> sheets.sheet(visit, n).filter(IssuedDocument.class::isInstance)
                .isPresent());
        for (int done = 0; done < numbers.size(); done++) {
            Optional<PrintFailure> failure = printCleared(visit, numbers.get(done));
            if (failure.isPresent()) {
                return new PrintEvent.Failed(visit, failure.get());
            }
            listener.accept(new PrintEvent.Progress(visit, done + 1, numbers.size()));
        }
        if (paid) {
            printReceipt(visit);
        }
        return new PrintEvent.Completed(visit);
    }

    /** After the certificates: a receipt that fails to print is journaled, but the certificates are still issued. */
    private void printReceipt(VisitId id) {
        try {
            receipts.receipt(id).ifPresent(job -> printOnce(id, job));
        } catch (RuntimeException e) {
            LOG.error("The receipt of visit {} was not printed: {}", id, e.toString());
        }
    }

    /** Empty when printed; a refused or unknown sheet never reaches the printer. */
    private Optional<PrintFailure> printCleared(VisitId id, DocumentNumber number) {
        Optional<IssuedSheet> sheet = sheets.sheet(id, number);
        Optional<String> requester = sheets.requester(id);
        if (sheet.isEmpty() || requester.isEmpty()) {
            LOG.error("Document {} was not issued in visit {}: not printed", number, id);
            journal.record(new JournalEntry.SheetPrinted(id, journal.now(), number, false, "guard-not-issued"));
            return Optional.of(PrintFailure.QUEUE_STOPPED);
        }
        if (guard.check(id, requester.get(), sheet.get()) instanceof GuardVerdict.Refused refused) {
            LOG.error("Print guard refused document {} of visit {}: {}", number, id, refused.reason());
            journal.record(new JournalEntry.SheetPrinted(id, journal.now(), number, false,
                    "guard-" + refused.reason()));
            return Optional.of(PrintFailure.QUEUE_STOPPED);
        }
        return sheet.get() instanceof IssuedStatement statement ? printOnce(id, job(id, statement))
                : printWithSettlement(id, sheet.get());
    }

    /** A failed certificate sheet is reprinted or refunded, as {@link Settlement} decides. */
    private Optional<PrintFailure> printWithSettlement(VisitId id, IssuedSheet sheet) {
        while (true) {
            Optional<PrintFailure> failure = printOnce(id, job(id, sheet));
            if (failure.isEmpty() || settlement.afterPrintFailure(id, sheet.number(), sheet.feeYen(),
                    failure.get().id(), printer.ready()) instanceof SettlementDecision.Refund) {
                return failure;
            }
        }
    }

    private static PdfJob job(VisitId id, IssuedSheet sheet) {
        return new PdfJob(id, sheet.number(), sheet.pdf());
    }

    /**
     * One attempt, journaled as soon as the printer answered. A free statement or a receipt gets no more than
     * this; a certificate sheet may get a reprint.
     */
    private Optional<PrintFailure> printOnce(VisitId id, PdfJob job) {
        PrintOutcome outcome = printer.print(job, status -> { });
        DocumentNumber document = job.document();
        if (outcome instanceof PrintOutcome.Failed failed) {
            journal.record(new JournalEntry.SheetPrinted(id, journal.now(), document, false, failed.failure().id()));
            return Optional.of(failed.failure());
        }
        journal.record(new JournalEntry.SheetPrinted(id, journal.now(), document, true, ""));
        previews.printed(id, ((PrintOutcome.Printed) outcome).previews());
        return Optional.empty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
