package jp.madoguchi.app.output.printing;

import java.util.Objects;
import jp.madoguchi.app.output.DocumentNumber;
import jp.madoguchi.app.output.VisitId;

/** One PDF to print, bound to its visit (whose end deletes it) and named by its document number. */
public record PrintJob(VisitId visit, DocumentNumber document, byte[] pdf) {
    public PrintJob {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(document, "document");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public String toString() {
        return "PrintJob[" + document + ", visit " + visit + ", " + pdf.length + " bytes]";
    }
}
