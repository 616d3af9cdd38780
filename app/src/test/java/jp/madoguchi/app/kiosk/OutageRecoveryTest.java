package jp.madoguchi.app.kiosk;

import static jp.madoguchi.app.kiosk.VisitDriver.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import jp.madoguchi.app.registry.RegistryEndpoint;
import jp.madoguchi.app.testsupport.cups.CupsStack;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.app.testsupport.cups.RequiresCups;
import jp.madoguchi.app.testsupport.registry.RegistryStack;
import jp.madoguchi.app.testsupport.rules.RulesSigner;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import jp.madoguchi.ui.staff.StaffPinHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A training kiosk on real parts (a private pcscd with the vpcd reader, a private CUPS queue, the reference registry
 * over mutual TLS): in service while all are up; pcscd killed, the printer stopped or the registry gone puts it out of
 * service naming the check; and it comes back by
 * itself once the part does, with no restart.
 */
@RequiresPcscStack
@RequiresCups
@Timeout(180)
class OutageRecoveryTest {

    @TempDir
    Path dir;

    @Test
    void aStoppedReaderServiceOrPrinterTakesTheKioskOutOfServiceUntilItIsBack(VirtualCardStack stack,
            CupsStack cups) throws Exception {
        Files.createDirectories(dir.resolve("trust"));
        try (PdfQueue queue = cups.newQueue(); RegistryStack registry = RegistryStack.sample(dir);
                KioskSession kiosk = KioskSession.open(training(queue.name(), registry.endpoint()),
                        CardSource.pcsc(VirtualCardStack.READER), KioskHarness.tuesdayAt(10))) {
            await(kiosk, step -> step instanceof Attract, "in service");

            stack.pcscd().killPcscd();
            assertThat(await(kiosk, step -> step instanceof OutOfService, "out of service without pcscd"))
                    .isEqualTo(new OutOfService(List.of(ServiceCheck.READER)));
            stack.pcscd().startPcscd();
            await(kiosk, step -> step instanceof Attract, "back in service with pcscd");

            queue.disable("paper jam");
            assertThat(await(kiosk, step -> step instanceof OutOfService, "out of service with the printer stopped"))
                    .isEqualTo(new OutOfService(List.of(ServiceCheck.PRINTER)));
            queue.enable();
            await(kiosk, step -> step instanceof Attract, "back in service with the printer");

            registry.stop();
            assertThat(await(kiosk, step -> step instanceof OutOfService, "out of service without the registry"))
                    .isEqualTo(new OutOfService(List.of(ServiceCheck.REGISTRY)));
            assertThat(kiosk.status().failedChecks()).singleElement().satisfies(failed -> assertThat(failed.detail())
                    .contains("localhost:" + registry.port()));
            registry.start();
            await(kiosk, step -> step instanceof Attract, "back in service with the registry");
        }
    }

    private KioskConfig training(String queue, RegistryEndpoint registry) {
        String staff = StaffPinHash.create("480713".toCharArray(), new SecureRandom()).encoded();
        return new KioskConfig(null, staff, null, null, RulesSigner.SAMPLE_RULES, dir.resolve("trust"), null, queue, null, null,
                dir.resolve("journal.db"), dir.resolve("spool"), "training", null, null, registry, null, null);
    }
}
