package jp.madoguchi.issuance.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.engine.ReasonMessages;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.json.JsonInput;

/**
 * What a case must decide: {@code allowed}, and optionally the rule kinds of its reasons (exactly these, as the
 * decision tables of the tests pin them: {@code ["hours", "blocked.moving-out"]}) and its fees.
 */
record Expectation(boolean allowed, Optional<Set<String>> reasons, Optional<Integer> feePerCopy,
        Optional<Integer> feeTotal) {
    private static final List<String> FIELDS = List.of("allowed", "reasons", "feePerCopy", "feeTotal");

    static Expectation read(JsonNode node) {
        JsonInput in = JsonInput.object(node, "expect", FIELDS);
        if (!in.has("allowed")) {
            throw new InputException("expect.allowed is required (true or false)");
        }
        boolean allowed = in.bool("allowed", false);
        Optional<Set<String>> reasons = in.has("reasons") ? Optional.of(new TreeSet<>(in.texts("reasons")))
                : Optional.empty();
        if (allowed && reasons.filter(r -> !r.isEmpty()).isPresent()) {
            throw new InputException("expect.reasons lists reasons for an allowed case");
        }
        return new Expectation(allowed, reasons, fee(in, "feePerCopy"), fee(in, "feeTotal"));
    }

    /** Empty when {@code decision} is what was expected, else how it differs. */
    Optional<String> disagreement(Decision decision) {
        boolean agrees = decision.allowed() == allowed
                && reasons.map(expected -> expected.equals(kinds(decision))).orElse(true)
                && feePerCopy.map(fee -> decision.feePerCopy().equals(Optional.of(fee))).orElse(true)
                && feeTotal.map(fee -> decision.feeTotal() == fee).orElse(true);
        return agrees ? Optional.empty() : Optional.of("expected " + expected() + ", got " + actual(decision));
    }

    private String expected() {
        String fees = feePerCopy.map(fee -> "feePerCopy " + fee).orElse("")
                + feeTotal.map(fee -> (feePerCopy.isPresent() ? ", " : "") + "feeTotal " + fee).orElse("");
        String outcome = allowed ? "allowed" : "denied" + reasons.map(r -> " by " + r).orElse("");
        return outcome + (fees.isEmpty() ? "" : " (" + fees + ")");
    }

    private static String actual(Decision decision) {
        String fees = "feePerCopy " + decision.feePerCopy().map(String::valueOf).orElse("none") + ", feeTotal "
                + decision.feeTotal();
        if (decision.allowed()) {
            return "allowed (" + fees + ")";
        }
        Reason first = decision.reasons().get(0);
        return "denied by " + kinds(decision) + " (" + fees + "): " + ReasonMessages.render(first)
                + (decision.reasons().size() > 1 ? " (+" + (decision.reasons().size() - 1) + " more)" : "");
    }

    /** {@code 284645:koseki-zenbu:hours} gives {@code hours}. */
    private static Set<String> kinds(Decision decision) {
        Set<String> kinds = new TreeSet<>();
        decision.reasons().forEach(reason -> kinds.add(reason.rule().split(":", 3)[2]));
        return kinds;
    }

    private static Optional<Integer> fee(JsonInput in, String field) {
        return in.has(field) ? Optional.of(in.integer(field, 0, Integer.MAX_VALUE, 0)) : Optional.empty();
    }
}
