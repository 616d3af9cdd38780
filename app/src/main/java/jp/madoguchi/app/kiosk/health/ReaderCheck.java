package jp.madoguchi.app.kiosk.health;

import java.util.Optional;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.pcsc.ReaderSnapshot;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/** The configured reader is attached and PC/SC answers, as the reader service's monitor last saw it. */
public record ReaderCheck(ReaderService readers, String reader) implements HealthCheck {
    @Override
    public ServiceCheck subject() {
        return ServiceCheck.READER;
    }

    @Override
    public Optional<Outage> check() {
        PcscStatus status = readers.status();
        if (!status.serviceUp()) {
            return Optional.of(new Outage(ServiceCheck.READER, "PC/SC is not available: " + status.fault().message()));
        }
        if (status.readers().stream().map(ReaderSnapshot::name).noneMatch(reader::equals)) {
            return Optional.of(new Outage(ServiceCheck.READER, "reader '" + reader + "' is not attached (PC/SC shows "
                    + status.readers().stream().map(ReaderSnapshot::name).toList() + ")"));
        }
        return Optional.empty();
    }
}
