package jp.madoguchi.issuance.engine;

import java.util.List;
import java.util.Optional;

/**
 * The engine's answer to one request. A denial always carries at least one {@link Reason}; there is no bare "no".
 * Both outcomes carry the trace of every rule evaluated.
 */
public sealed interface Decision permits Decision.Allowed, Decision.Denied {
    AvailableOptions availableOptions();

    List<TraceEntry> trace();

    /** The fee per copy when the certificate is offered, whatever the outcome (the menu shows it). */
    Optional<Integer> feePerCopy();

    default boolean allowed() {
        return this instanceof Allowed;
    }

    default List<Reason> reasons() {
        return this instanceof Denied denied ? denied.reasons() : List.of();
    }

    /** What the resident pays: nothing when denied. */
    default int feeTotal() {
        return this instanceof Allowed allowed ? allowed.fee().total() : 0;
    }

    record Allowed(Fee fee, AvailableOptions availableOptions, List<TraceEntry> trace) implements Decision {
        public Allowed {
            trace = List.copyOf(trace);
        }

        @Override
        public Optional<Integer> feePerCopy() {
            return Optional.of(fee.perCopy());
        }
    }

    record Denied(List<Reason> reasons, Optional<Integer> feePerCopy, AvailableOptions availableOptions,
            List<TraceEntry> trace) implements Decision {
        public Denied {
            reasons = List.copyOf(reasons);
            trace = List.copyOf(trace);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a denial needs at least one reason");
            }
        }
    }
}
