package jp.madoguchi.app.output.document;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import jp.madoguchi.app.output.document.pdf.Sheet;
import jp.madoguchi.issuance.rules.Municipality;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/** Numbers and renders an account statement, bound inside the PDF to its visit and to the one resident it is about. */
public final class StatementIssuer {
    private final Clock clock;

    public StatementIssuer(Clock clock) {
        this.clock = clock;
    }

    public IssuedStatement issue(VisitId visit, String resident, Municipality municipality, AccountStatement account) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        DocumentNumber number = DocumentNumber.next(municipality.code(), EraDates.tokyoDate(at));
        Statement statement = new Statement(municipality, at, number, account);
        Sheet sheet = StatementPdf.layout(statement);
        byte[] pdf = StatementPdf.write(sheet, DocumentBinding.of(visit, number, Set.of(resident)));
        return new IssuedStatement(number, visit, resident, at, pdf, sheet.pageCount());
    }
}
