package jp.madoguchi.issuance.visit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/**
 * Whether the kiosk can serve residents, as its health checks found it: the failed checks, each with a detail for
 * staff and the log (never personal data). Handed to the machine with {@link VisitRunner#health}.
 */
public record ServiceHealth(List<Outage> outages) {
    public static final ServiceHealth IN_SERVICE = new ServiceHealth(List.of());

    /** One failed check and what exactly failed ("queue kiosk-a4 is stopped: paper jam"). */
    public record Outage(ServiceCheck check, String detail) {
        public Outage {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(detail, "detail");
        }
    }

    public ServiceHealth {
        outages = List.copyOf(outages);
    }

    /** These outages and {@code outage}, which replaces an earlier one of the same check. */
    public ServiceHealth with(Outage outage) {
        List<Outage> all = new ArrayList<>(outages.stream().filter(o -> o.check() != outage.check()).toList());
        all.add(outage);
        return new ServiceHealth(all);
    }

    public boolean inService() {
        return outages.isEmpty();
    }

    /** The failed checks, each once, in the order found. */
    public List<ServiceCheck> failed() {
        return outages.stream().map(Outage::check).distinct().toList();
    }
}
