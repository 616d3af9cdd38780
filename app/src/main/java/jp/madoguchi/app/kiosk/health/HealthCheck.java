package jp.madoguchi.app.kiosk.health;

import java.util.Optional;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/** One part a visit needs, checked now. Quick and non-blocking enough to run every few seconds, off the FX thread. */
@FunctionalInterface
public interface HealthCheck {
    /** Empty when the part is fine; otherwise what exactly failed, for staff and the log (no personal data). */
    Optional<Outage> check();

    /** A check that always fails: for what was found missing at start and cannot come back without a restart. */
    static HealthCheck failed(ServiceCheck check, String detail) {
        Outage outage = new Outage(check, detail);
        return () -> Optional.of(outage);
    }
}
