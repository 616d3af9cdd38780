package jp.madoguchi.app.output.document;

import java.time.Instant;
import java.util.Objects;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/**
 * One issued sheet (one copy) of a certificate: its number, the order it fulfils, when, its 照合番号 and the PDF.
 * The PDF is certificate data: it lives in memory and in the spool only until the visit ends.
 */
public record IssuedDocument(DocumentNumber number, CertificateOrder order, Instant issuedAt,
        String verificationCode, byte[] pdf, int pages) implements IssuedSheet {

    public IssuedDocument {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(order, "order");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public VisitId visit() {
        return order.visit();
    }

    @Override
    public int feeYen() {
        return order.feePerCopy();
    }

    @Override
    public String toString() {
        return "IssuedDocument[" + number + ", " + order.type().id() + ", visit " + order.visit() + "]";
    }
}
