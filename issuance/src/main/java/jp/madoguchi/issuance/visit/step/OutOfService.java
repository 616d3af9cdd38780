package jp.madoguchi.issuance.visit.step;

import java.util.List;

/**
 * 休止中: the kiosk cannot serve a resident, so it starts no visit. It says what the resident can do instead and
 * names the failed checks for staff; it returns to {@link Attract} by itself once every check passes again.
 */
public record OutOfService(List<ServiceCheck> failed) implements VisitStep {
    public OutOfService {
        failed = List.copyOf(failed);
        if (failed.isEmpty()) {
            throw new IllegalArgumentException("out of service with no failed check");
        }
    }
}
