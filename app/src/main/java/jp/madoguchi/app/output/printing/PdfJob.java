package jp.madoguchi.app.output.printing;

import java.util.Objects;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/** One PDF to print, bound to its visit (whose end deletes it) and named by its document number. */
public record PdfJob(VisitId visit, DocumentNumber document, byte[] pdf) {
    public PdfJob {
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
        return "PdfJob[" + document + ", visit " + visit + ", " + pdf.length + " bytes]";
    }
}
