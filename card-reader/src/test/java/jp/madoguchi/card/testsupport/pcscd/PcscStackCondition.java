package jp.madoguchi.card.testsupport.pcscd;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Skips with the reason on a machine without the stack; in CI a missing stack is a failure, never a skip. */
public final class PcscStackCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean opensc = context.getElement()
                .flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresPcscStack.class))
                .map(RequiresPcscStack::opensc).orElse(false);
        Optional<String> missing = PcscStack.missingParts(opensc);
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("pcscd + vpcd available");
        }
        if (isCi()) {
            throw new IllegalStateException("CI=true but the PC/SC test stack is incomplete: " + missing.get()
                    + ". .ci/install-deps installs it.");
        }
        return ConditionEvaluationResult.disabled("PC/SC test stack unavailable: " + missing.get()
                + " (install with: sudo bash .ci/install-deps)");
    }

    static boolean isCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
