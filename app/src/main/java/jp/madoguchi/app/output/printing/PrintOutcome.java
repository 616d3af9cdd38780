package jp.madoguchi.app.output.printing;

import java.nio.file.Path;
import java.util.List;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.PrintFailure;

/** The printer's final word on one job. */
public sealed interface PrintOutcome {
    DocumentNumber document();

    /** On paper (or, for the spool printer, spooled with a preview per page to show). */
    record Printed(DocumentNumber document, List<Path> previews) implements PrintOutcome {
        public Printed {
            previews = List.copyOf(previews);
        }
    }

    /** Not printed, and it never will be: a failed job is removed from the queue. */
    record Failed(DocumentNumber document, PrintFailure failure, String detail) implements PrintOutcome {}
}
