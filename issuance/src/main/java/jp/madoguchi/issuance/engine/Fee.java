package jp.madoguchi.issuance.engine;

/** The fee of an allowed request in yen. Both parts are positive, so the total is too (checked on construction). */
public record Fee(int perCopy, int copies) {
    public Fee {
        if (perCopy < 1 || copies < 1) {
            throw new IllegalArgumentException("fee " + perCopy + " x " + copies);
        }
        Math.multiplyExact(perCopy, copies);
    }

    public int total() {
        return perCopy * copies;
    }
}
