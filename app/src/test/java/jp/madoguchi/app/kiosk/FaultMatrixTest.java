package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.madoguchi.app.output.payment.simulator.PaymentSimulator;
import jp.madoguchi.app.testsupport.cups.CupsStack;
import jp.madoguchi.app.testsupport.cups.PdfQueue;
import jp.madoguchi.app.testsupport.cups.RequiresCups;
import jp.madoguchi.app.testsupport.registry.RegistryStack;
import jp.madoguchi.card.testsupport.pcscd.RequiresPcscStack;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault matrix over whole visits on the installed kiosk's wiring (a production kiosk: the virtual card through
 * vpcd and a real pcscd, a CUPS queue, the registry over mutual TLS, the cash unit's daemon): at every
 * {@link FaultStage} of a paid 住民票 visit, each {@link KioskFault}. After each the {@link FaultAudit} holds and the
 * kiosk is back in service by itself. The table (stage × fault, each cell the visit's end) is printed and written
 * to {@code target/fault-matrix.txt}. {@code -Dmadoguchi.faults=PAYMENT:KIOSK_KILLED,...} runs only those cells.
 */
@RequiresPcscStack
@RequiresCups
@Timeout(1800)
class FaultMatrixTest {
    @TempDir
    Path dir;

    @Test
    void everyFaultAtEveryStepLosesNothingLeavesNothingAndTheKioskComesBack(VirtualCardStack stack, CupsStack cups)
            throws Exception {
        Clock clock = KioskHarness.tuesdayAt(10);
        Path socket = dir.resolve("cash.sock");
        Map<FaultStage, Map<KioskFault, FaultCell.Result>> table = new EnumMap<>(FaultStage.class);
        try (PdfQueue queue = cups.newQueue(); RegistryStack registry = RegistryStack.sample(dir);
                PaymentSimulator cash = PaymentSimulator.start(socket, List.of(), Duration.ofMillis(200))) {
            KioskConfig config = ProductionParts.configuration(dir, queue.name(), registry, socket);
            FaultVisit.Hand hand = new FaultVisit.Hand() {
                @Override
                public void place() throws Exception {
                    stack.insert(VirtualMyNumberCard.of(Holders.byId("default"), clock));
                }

                @Override
                public void pull() throws Exception {
                    stack.eject();
                }
            };
            FaultCell cells = new FaultCell(config, clock, new KioskFault.Parts(stack, queue, cash, hand),
                    cups.requestRoot(), ProductionParts.write(config, dir.resolve("kiosk.yaml")), dir);
            for (FaultStage stage : FaultStage.values()) {
                for (KioskFault fault : KioskFault.values()) {
                    if (chosen(stage, fault)) {
                        table.computeIfAbsent(stage, s -> new EnumMap<>(KioskFault.class))
                                .put(fault, cells.run(stage, fault));
                    }
                }
            }
        }
        String printed = FaultCell.table(table);
        System.out.println(printed);
        Files.writeString(Path.of("target", "fault-matrix.txt"), printed);
        List<String> failed = new ArrayList<>();
        table.forEach((stage, row) -> row.forEach((fault, result) -> result.problems()
                .forEach(p -> failed.add(stage.step + " × " + fault.label + ": " + p))));
        assertThat(failed).as(printed).isEmpty();
    }

    private static boolean chosen(FaultStage stage, KioskFault fault) {
        String only = System.getProperty("madoguchi.faults", "");
        return only.isBlank() || List.of(only.split(",")).contains(stage.name() + ":" + fault.name());
    }
}
