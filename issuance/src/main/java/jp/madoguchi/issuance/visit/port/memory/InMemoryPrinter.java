package jp.madoguchi.issuance.visit.port.memory;

import java.util.Optional;
import java.util.function.Consumer;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.port.PrintJob;
import jp.madoguchi.issuance.visit.port.PrintPort;

/**
 * Prints instantly, one sheet per document, reporting progress per sheet. It refuses (queue stopped) documents
 * that were not rendered for the job's visit, as the real adapter must. {@link #failNext} injects a fault.
 */
public final class InMemoryPrinter implements PrintPort {
    private final InMemoryDocuments documents;
    private Consumer<PrintEvent> listener = event -> { };
    private PrintFailure failNext;
    private long sheetsPrinted;

    public InMemoryPrinter(InMemoryDocuments documents) {
        this.documents = documents;
    }

    @Override
    public synchronized void subscribe(Consumer<PrintEvent> subscriber) {
        listener = subscriber;
    }

    @Override
    public synchronized void submit(PrintJob job) {
        if (!documents.held(job.visit()).containsAll(job.documents())) {
            listener.accept(new PrintEvent.Failed(job.visit(), PrintFailure.QUEUE_STOPPED));
            return;
        }
        int total = job.documents().size();
        Optional<PrintFailure> failure = Optional.ofNullable(failNext);
        failNext = null;
        // A fault strikes after the first sheet, as a paper-out does mid-job.
        int printable = failure.isPresent() ? Math.min(1, total - 1) : total;
        for (int sheet = 1; sheet <= printable; sheet++) {
            sheetsPrinted++;
            listener.accept(new PrintEvent.Progress(job.visit(), sheet, total));
        }
        listener.accept(failure.<PrintEvent>map(reason -> new PrintEvent.Failed(job.visit(), reason))
                .orElse(new PrintEvent.Completed(job.visit())));
    }

    public synchronized void failNext(PrintFailure reason) {
        failNext = reason;
    }

    public synchronized long sheetsPrinted() {
        return sheetsPrinted;
    }
}
