package jp.madoguchi.ui.staff;

/**
 * A test read or test print asked for while a resident's visit runs: refused, since the card on the reader and the
 * printer are the visit's until it ends.
 */
public final class VisitUnderway extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VisitUnderway() {
        super("a visit is under way");
    }
}
