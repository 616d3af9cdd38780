package jp.madoguchi.app.output.document;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/**
 * A rendered ご利用履歴・残高照会 for {@code resident} (registry id), numbered and bound to its visit like a
 * certificate, so the print guard can refuse it for anyone else. Free; holds no registry content beyond amounts.
 */
public record IssuedStatement(DocumentNumber number, VisitId visit, String resident, Instant issuedAt, byte[] pdf,
        int pages) implements IssuedSheet {

    public IssuedStatement {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(resident, "resident");
        pdf = pdf.clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public int feeYen() {
        return 0;
    }

    /** The only person a statement is about. */
    public Set<String> subjectSet() {
        return Set.of(resident);
    }

    @Override
    public String toString() {
        return "IssuedStatement[" + number + ", visit " + visit + "]";
    }
}
