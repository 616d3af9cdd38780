package jp.madoguchi.card.testsupport;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * The one rule for tests that need parts of the machine (pcscd, OpenSC, CUPS): run when they are there; skip with
 * the reason and the install command when they are not; and under {@code CI=true}, where a skip would hide a broken
 * CI image, fail instead.
 */
public final class SystemParts {
    private SystemParts() {}

    /**
     * @param what the parts, as the skip reason names them ("the PC/SC test stack", "CUPS")
     * @param missing what is missing, if anything
     */
    public static ConditionEvaluationResult require(String what, Optional<String> missing) {
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled(what + " available");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + what + " is incomplete: " + missing.get()
                    + ". .ci/install-deps installs it.");
        }
        return ConditionEvaluationResult.disabled(what + " unavailable: " + missing.get()
                + " (install with: sudo bash .ci/install-deps)");
    }
}
