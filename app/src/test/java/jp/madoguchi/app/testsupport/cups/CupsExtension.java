package jp.madoguchi.app.testsupport.cups;

import jp.madoguchi.card.testsupport.SystemParts;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Skips (or, in CI, fails) without CUPS, and shares one private {@link CupsStack} across the whole test run: it is
 * kept in the root store, which closes it (an AutoCloseable, stopping its cupsd) when the run ends.
 */
public final class CupsExtension implements ExecutionCondition, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CupsExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return SystemParts.require("CUPS with cups-pdf", CupsStack.missingParts());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CupsStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("stack", key -> {
            try {
                return CupsStack.start();
            } catch (Exception e) {
                throw new ParameterResolutionException("could not start CUPS: " + e.getMessage(), e);
            }
        }, CupsStack.class);
    }
}
