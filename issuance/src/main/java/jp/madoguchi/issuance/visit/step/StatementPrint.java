package jp.madoguchi.issuance.visit.step;

import java.util.Objects;

/** Where printing the account statement stands on the {@link AccountInquiry} screen. */
public sealed interface StatementPrint {
    NotPrinted NOT_PRINTED = new NotPrinted();
    Printed PRINTED = new Printed();

    /** The resident may print it. */
    record NotPrinted() implements StatementPrint {}

    /** One copy came out: the screen says to take it, and offers no second one. */
    record Printed() implements StatementPrint {}

    /** It could not be printed; the resident may try again. Nothing was paid, so nothing is refunded. */
    record Failed(IssueProblem problem) implements StatementPrint {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }
}
