package jp.madoguchi.app.kiosk.health;

import java.util.Optional;
import java.util.function.Supplier;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/** One part a visit needs, checked now. Quick and non-blocking enough to run every few seconds, off the FX thread. */
public interface HealthCheck {
    /** The part this looks at, for the log and {@code config check}'s "ok" lines. */
    ServiceCheck subject();

    /** Empty when the part is fine; otherwise what exactly failed, for staff and the log (no personal data). */
    Optional<Outage> check();

    /** A check of {@code subject} whose problem, if any, {@code problem} describes. */
    static HealthCheck of(ServiceCheck subject, Supplier<Optional<String>> problem) {
        return new HealthCheck() {
            @Override
            public ServiceCheck subject() {
                return subject;
            }

            @Override
            public Optional<Outage> check() {
                return problem.get().map(detail -> new Outage(subject, detail));
            }
        };
    }

    /** A check that always fails: for what was found missing at start and cannot come back without a restart. */
    static HealthCheck failed(ServiceCheck subject, String detail) {
        Optional<String> always = Optional.of(detail);
        return of(subject, () -> always);
    }
}
