package jp.madoguchi.issuance.visit.port;

import java.util.List;
import jp.madoguchi.issuance.visit.VisitId;

/**
 * Produces the ordered documents (PDF in production) bound to the visit. Called on the visit's thread, after
 * payment; keep it quick or hand the slow part to the print port.
 */
public interface DocumentPort {
    /** Renders {@code order.copies()} documents and returns their numbers, in print order. */
    List<DocumentNumber> render(DocumentOrder order) throws DocumentUnavailableException;

    /**
     * Renders the account statement of the resident the order names, from the same records the screen showed, and
     * returns its number; it is printed like a document and erased with the visit's other documents. Free of charge.
     */
    DocumentNumber renderStatement(StatementOrder order) throws DocumentUnavailableException;

    /** Erases everything rendered for the visit (docs/domain.md, privacy: nothing is kept after printing). */
    void discard(VisitId visit);
}
