package jp.madoguchi.issuance.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why something is not possible: the rule that said no ({@code municipality:certificate:kind}), a message key the
 * UI translates, and its parameters in a fixed order. Parameters hold ids and dates, never names or numbers of people.
 */
public record Reason(String rule, String messageKey, Map<String, String> params) {
    public Reason {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(messageKey, "messageKey");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }
}
