package jp.madoguchi.issuance.visit.step;

/**
 * One try is left: a wrong PIN now locks the card. The resident must confirm explicitly ({@code ConfirmLastTry})
 * before the pad opens; back or cancel end the visit without using the try. {@code afterWrongPin} is true when a
 * wrong PIN of this visit brought the count down to one.
 */
public record LastTryWarning(int triesLeft, boolean afterWrongPin) implements VisitStep {
    public LastTryWarning {
        if (triesLeft != 1) {
            throw new IllegalArgumentException("the last-try warning is for exactly one try left, got " + triesLeft);
        }
    }
}
