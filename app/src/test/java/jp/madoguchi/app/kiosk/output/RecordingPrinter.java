package jp.madoguchi.app.kiosk.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.output.printing.PdfJob;
import jp.madoguchi.app.output.printing.PrintOutcome;
import jp.madoguchi.app.output.printing.PrintProgress;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.PrintFailure;

/**
 * A printer for the output-port tests: fails the first jobs with the given failures, then prints; records every
 * document it was handed; ready throughout, so a reprint is offered.
 */
class RecordingPrinter implements Printer {
    private final List<PrintFailure> failures;
    final List<String> printed = new ArrayList<>();

    RecordingPrinter(List<PrintFailure> failures) {
        this.failures = new ArrayList<>(failures);
    }

    @Override
    public synchronized PrintOutcome print(PdfJob job, PrintProgress progress) {
        printed.add(job.document().value());
        return failures.isEmpty() ? new PrintOutcome.Printed(job.document(), List.of())
                : new PrintOutcome.Failed(job.document(), failures.remove(0), "scripted");
    }

    @Override
    public Optional<String> blocked() {
        return Optional.empty();
    }

    @Override
    public void endVisit(VisitId visit) {
        // Nothing spooled: the scripted printer keeps no files.
    }
}
