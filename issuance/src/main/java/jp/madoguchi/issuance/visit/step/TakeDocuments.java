package jp.madoguchi.issuance.visit.step;

/**
 * Printing finished: take the documents. {@code certificates} is the number of certificates printed, {@code receipt}
 * whether a receipt follows them (money was taken), {@code changeYen} the change the cash unit paid out (0 for none).
 * {@code reminder} turns true after a while, as real machines repeat it.
 */
public record TakeDocuments(int certificates, boolean receipt, int changeYen, boolean reminder) implements VisitStep {
    public TakeDocuments {
        if (certificates < 0 || changeYen < 0) {
            throw new IllegalArgumentException("certificates " + certificates + ", change " + changeYen);
        }
    }

    public TakeDocuments remind() {
        return new TakeDocuments(certificates, receipt, changeYen, true);
    }
}
