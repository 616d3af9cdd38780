package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import org.junit.jupiter.api.Test;

/** 休止中: while a check fails no visit starts, a visit that took nothing ends, and service returns by itself. */
class OutOfServiceTest {
    private static final ServiceHealth PRINTER_STOPPED = down(ServiceCheck.PRINTER, "queue kiosk-a4 is stopped");
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void aFailedCheckReplacesTheAttractScreenAndNoServiceStarts() {
        kiosk.machine.onHealth(PRINTER_STOPPED);
        assertThat(kiosk.step()).isEqualTo(new OutOfService(List.of(ServiceCheck.PRINTER)));

        for (Service service : Service.values()) {
            kiosk.act(new ResidentAction.ChooseService(service));
        }
        kiosk.card.place();

        assertThat(kiosk.step()).isInstanceOf(OutOfService.class);
        assertThat(kiosk.machine.snapshot().visit()).isEmpty();
        assertThat(kiosk.journal.outcomes()).isEmpty();
    }

    @Test
    void itReturnsToServiceByItselfOnceEveryCheckPasses() {
        kiosk.machine.onHealth(new ServiceHealth(List.of(new ServiceHealth.Outage(ServiceCheck.PRINTER, "stopped"),
                new ServiceHealth.Outage(ServiceCheck.READER, "no reader"))));
        assertThat(kiosk.step()).isEqualTo(new OutOfService(List.of(ServiceCheck.PRINTER, ServiceCheck.READER)));

        kiosk.machine.onHealth(down(ServiceCheck.READER, "no reader"));
        assertThat(kiosk.step()).isEqualTo(new OutOfService(List.of(ServiceCheck.READER)));

        kiosk.machine.onHealth(ServiceHealth.IN_SERVICE);
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        kiosk.act(new ResidentAction.ChooseService(Service.CERTIFICATES));
        assertThat(kiosk.step()).isEqualTo(new PlaceCard(Service.CERTIFICATES));
    }

    @Test
    void aVisitThatTookNothingYetEndsAtOnce() {
        kiosk.toPayment();
        VisitId visit = kiosk.visitId();

        kiosk.machine.onHealth(PRINTER_STOPPED);

        assertThat(kiosk.step()).isInstanceOf(OutOfService.class);
        assertThat(kiosk.payment.isOpen(visit)).as("the open payment is cancelled").isFalse();
        assertThat(kiosk.documents.visitsHeld()).isZero();
        assertThat(kiosk.journal.outcomes()).containsOnly(Map.entry(EndReason.OUT_OF_SERVICE, 1));
    }

    @Test
    void aPaidVisitPrintsItsDocumentsFirstAndThenTheKioskIsOutOfService() {
        kiosk.toPrinting();

        kiosk.machine.onHealth(down(ServiceCheck.DISK, "12 MB free on /var/lib/madoguchi"));
        assertThat(kiosk.step()).isInstanceOf(Printing.class);
        kiosk.printer.complete();
        assertThat(kiosk.step()).isInstanceOf(TakeDocuments.class);
        kiosk.next();
        kiosk.next();

        assertThat(kiosk.step()).isEqualTo(new OutOfService(List.of(ServiceCheck.DISK)));
        assertThat(kiosk.journal.outcomes()).containsOnly(Map.entry(EndReason.COMPLETED, 1));
    }

    private static ServiceHealth down(ServiceCheck check, String detail) {
        return new ServiceHealth(List.of(new ServiceHealth.Outage(check, detail)));
    }
}
