package jp.madoguchi.card.testsupport.pcscd;

import jp.madoguchi.card.testsupport.SystemParts;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link RequiresPcscStack}: skips with the reason on a machine without the stack (in CI a
 * missing stack is a failure, never a skip), and hands a test a {@link VirtualCardStack} parameter, started for that
 * test and closed when it ends, passed or failed (the test's store closes what is AutoCloseable).
 */
public final class PcscStackExtension implements ExecutionCondition, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PcscStackExtension.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean opensc = context.getElement()
                .flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresPcscStack.class))
                .map(RequiresPcscStack::opensc).orElse(false);
        return SystemParts.require("the PC/SC test stack", PcscStack.missingParts(opensc));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == VirtualCardStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("stack", key -> {
            try {
                return VirtualCardStack.start();
            } catch (Exception e) {
                throw new ParameterResolutionException("could not start pcscd with vpcd: " + e.getMessage(), e);
            }
        }, VirtualCardStack.class);
    }

}
