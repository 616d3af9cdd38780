package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production kiosk with nothing it needs configured: it starts, out of service, saying which checks failed; it
 * never falls back to the virtual card, the sample rules or registry, or the demo staff PIN.
 */
@Timeout(60)
class FailClosedKioskTest {
    @TempDir
    Path dir;

    @Test
    void aProductionKioskWithNothingConfiguredStartsOutOfServiceAndStaysThere() throws Exception {
        try (KioskSession kiosk = KioskSession.open(production(null), CardSource.pcsc(""), KioskHarness.tuesdayAt(10))) {
            OutOfService shown = awaitOutOfService(kiosk);

            assertThat(shown.failed()).contains(ServiceCheck.CONFIGURATION, ServiceCheck.TRUST, ServiceCheck.RULES,
                    ServiceCheck.STAFF_PIN, ServiceCheck.PAYMENT, ServiceCheck.REGISTRY);
            assertThat(kiosk.health().orElseThrow().health().outages())
                    .anySatisfy(outage -> assertThat(outage.detail())
                            .contains("production mode needs reader, rulesDirectory, trustDirectory, rulesSigners, printer"));
            assertThat(kiosk.virtualReader()).isEmpty();
            for (Service service : Service.values()) {
                kiosk.visits().send(new ResidentAction.ChooseService(service));
            }
            assertThat(awaitOutOfService(kiosk)).isEqualTo(shown);
            assertThat(kiosk.visits().current().visit()).isEmpty();
        }
    }

    @Test
    void theDemoStaffPinKeepsAProductionKioskOutOfService() throws Exception {
        try (KioskSession kiosk = KioskSession.open(production(KioskLauncher.DEMO_STAFF_PIN_HASH),
                CardSource.pcsc("ACS ACR39U ICC Reader 00 00"), KioskHarness.tuesdayAt(10))) {
            assertThat(awaitOutOfService(kiosk).failed()).contains(ServiceCheck.STAFF_PIN, ServiceCheck.READER);
            assertThat(kiosk.health().orElseThrow().health().outages())
                    .anySatisfy(outage -> assertThat(outage.detail()).contains("the demo PIN or a trivial one"));
        }
    }

    @Test
    void productionNeverRunsOnTheVirtualCard() {
        assertThatThrownBy(() -> KioskSession.open(production(null), CardSource.choose(true, Optional.empty()),
                KioskHarness.tuesdayAt(10))).hasMessageContaining("never runs on the virtual card");
    }

    private KioskConfig production(String staffPinHash) {
        return new KioskConfig(null, staffPinHash, null, null, null, null, null, null, null, null,
                dir.resolve("journal.db"), dir.resolve("spool"), "production", null, null, null, null, null);
    }

    private static OutOfService awaitOutOfService(KioskSession kiosk) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!(kiosk.visits().current().step() instanceof OutOfService shown)) {
            assertThat(System.nanoTime()).as("out of service in time").isLessThan(deadline);
            Thread.sleep(20);
        }
        return shown;
    }
}
