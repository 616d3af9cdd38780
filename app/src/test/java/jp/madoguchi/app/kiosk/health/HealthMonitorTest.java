package jp.madoguchi.app.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import jp.madoguchi.issuance.visit.ServiceHealth;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import org.junit.jupiter.api.Test;

/** The monitor hands on changes of health only, and a check that throws counts as failed. */
class HealthMonitorTest {
    private final AtomicReference<Optional<Outage>> printer = new AtomicReference<>(Optional.empty());
    private final List<ServiceHealth> heard = new CopyOnWriteArrayList<>();

    @Test
    void everyRoundReachesTheMachineSoItCanComeBackFromAnOutageItFoundItself() {
        HealthMonitor monitor = new HealthMonitor(List.of(HealthCheck.of(ServiceCheck.PRINTER,
                () -> printer.get().map(Outage::detail))), heard::add);
        monitor.poll();
        monitor.poll();
        Outage jam = new Outage(ServiceCheck.PRINTER, "queue kiosk-a4: media-jam");
        printer.set(Optional.of(jam));
        monitor.poll();
        monitor.poll();
        printer.set(Optional.empty());
        monitor.poll();

        ServiceHealth jammed = new ServiceHealth(List.of(jam));
        assertThat(heard).containsExactly(ServiceHealth.IN_SERVICE, ServiceHealth.IN_SERVICE, jammed, jammed,
                ServiceHealth.IN_SERVICE);
        assertThat(monitor.health().inService()).isTrue();
    }

    @Test
    void aCheckThatThrowsKeepsTheKioskOutOfService() {
        HealthMonitor monitor = new HealthMonitor(List.of(HealthCheck.of(ServiceCheck.PRINTER, () -> {
            throw new IllegalStateException("CUPS answered nonsense");
        })), heard::add);

        assertThat(monitor.poll().failed()).containsExactly(ServiceCheck.PRINTER);
        assertThat(monitor.health().outages().get(0).detail()).contains("CUPS answered nonsense");
    }
}
