package jp.madoguchi.app.output.document;

import jp.madoguchi.app.output.DocumentNumber;
import jp.madoguchi.app.output.VisitId;

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
