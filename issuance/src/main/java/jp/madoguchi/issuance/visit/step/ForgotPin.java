package jp.madoguchi.issuance.visit.step;

import java.util.List;
import java.util.Objects;

/**
 * "Forgot the PIN?" from the PIN pad or the last-try warning: where the 利用者証明用 PIN can be reset (the same
 * {@link UnlockRoute}s a locked card is shown), without using a try. Back returns to {@code resume} as it was.
 */
public record ForgotPin(List<UnlockRoute> unlockRoutes, VisitStep resume) implements VisitStep {
    public ForgotPin {
        unlockRoutes = List.copyOf(unlockRoutes);
        Objects.requireNonNull(resume, "resume");
        if (!(resume instanceof PinEntry || resume instanceof LastTryWarning)) {
            throw new IllegalArgumentException("forgot-PIN returns to the PIN pad or the last-try warning, not "
                    + resume.id());
        }
    }
}
