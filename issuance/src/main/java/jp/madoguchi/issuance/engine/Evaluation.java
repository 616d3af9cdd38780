package jp.madoguchi.issuance.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects the trace and the reasons of one decision. Created per call and never shared, which is what keeps the
 * engine thread-safe without locks. Rule ids are {@code <scope>:<kind>}, e.g. {@code 284645:koseki-zenbu:hours}.
 */
final class Evaluation {
    private final String scope;
    private final List<TraceEntry> trace = new ArrayList<>(16);
    private final List<Reason> reasons = new ArrayList<>(2);

    Evaluation(String scope) {
        this.scope = scope;
    }

    void pass(String kind, String detail) {
        trace.add(new TraceEntry(scope + ":" + kind, TraceEntry.Outcome.PASS, detail));
    }

    void skip(String kind, String detail) {
        trace.add(new TraceEntry(scope + ":" + kind, TraceEntry.Outcome.SKIP, detail));
    }

    /** A failed rule: traced, and a reason with {@code params} given as alternating names and values. */
    void fail(String kind, String messageKey, String detail, String... params) {
        String rule = scope + ":" + kind;
        trace.add(new TraceEntry(rule, TraceEntry.Outcome.FAIL, detail));
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        reasons.add(new Reason(rule, messageKey, map));
    }

    /** Records {@code kind} as passed or failed in one call, for checks that are a single condition. */
    void check(boolean ok, String kind, String passDetail, String messageKey, String failDetail, String... params) {
        if (ok) {
            pass(kind, passDetail);
        } else {
            fail(kind, messageKey, failDetail, params);
        }
    }

    boolean failed() {
        return !reasons.isEmpty();
    }

    Decision decide(Optional<Integer> feePerCopy, AvailableOptions options, int copies) {
        if (reasons.isEmpty()) {
            return new Decision.Allowed(new Fee(feePerCopy.orElseThrow(), copies), options, trace);
        }
        return new Decision.Denied(reasons, feePerCopy, options, trace);
    }
}
