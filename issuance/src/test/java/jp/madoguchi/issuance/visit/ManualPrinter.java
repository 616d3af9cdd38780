package jp.madoguchi.issuance.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.port.PrintJob;
import jp.madoguchi.issuance.visit.port.PrintPort;

/** A printer that holds each job until the test reports progress, completion or a failure. */
final class ManualPrinter implements PrintPort {
    private final List<PrintJob> jobs = new ArrayList<>();
    private Consumer<PrintEvent> listener;

    @Override
    public void subscribe(Consumer<PrintEvent> subscriber) {
        listener = subscriber;
    }

    @Override
    public void submit(PrintJob job) {
        jobs.add(job);
    }

    PrintJob lastJob() {
        if (jobs.isEmpty()) {
            throw new AssertionError("nothing was submitted");
        }
        return jobs.get(jobs.size() - 1);
    }

    List<PrintJob> jobs() {
        return List.copyOf(jobs);
    }

    void progress(int done) {
        listener.accept(new PrintEvent.Progress(lastJob().visit(), done, lastJob().documents().size()));
    }

    void complete() {
        listener.accept(new PrintEvent.Completed(lastJob().visit()));
    }

    void fail(PrintFailure reason) {
        listener.accept(new PrintEvent.Failed(lastJob().visit(), reason));
    }
}
