package jp.madoguchi.issuance.rules;

/**
 * How many business days (開庁日) something takes, as a range; one number is what a page calls 約N日. Used for the
 * 本籍地利用登録: "1-3 business days" is common (寝屋川市, 中津市), 帯広市 says 約5営業日.
 */
public record BusinessDays(int min, int max) {
    /** What most pages say for the 本籍地利用登録, and what a file that says nothing gets. */
    public static final BusinessDays HONSEKI_USE_DEFAULT = new BusinessDays(1, 3);

    public BusinessDays {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("business days " + min + "-" + max);
        }
    }

    /** {@code 1-3}, or {@code 5} for about five: the spelling of a rule file and of a reason's parameter. */
    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + "-" + max;
    }
}
