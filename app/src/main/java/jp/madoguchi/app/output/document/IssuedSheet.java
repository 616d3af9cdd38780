package jp.madoguchi.app.output.document;

import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/**
 * One numbered PDF rendered for one visit and waiting for the printer: a certificate copy or an account statement.
 * Both pass the {@link PrintGuard}; both are erased when the visit ends.
 */
public sealed interface IssuedSheet permits IssuedDocument, IssuedStatement {
    DocumentNumber number();

    VisitId visit();

    /** A copy of the PDF's bytes. */
    byte[] pdf();

    int pages();

    /** What the resident paid for this sheet; a statement is free. */
    int feeYen();
}
