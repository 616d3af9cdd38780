package jp.madoguchi.app.kiosk.health;

import java.util.Optional;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/** A job sent now could print: the queue exists, accepts jobs and its printer reports nothing in the way. */
public record PrinterCheck(Printer printer) implements HealthCheck {
    @Override
    public ServiceCheck subject() {
        return ServiceCheck.PRINTER;
    }

    @Override
    public Optional<Outage> check() {
        return printer.blocked().map(why -> new Outage(ServiceCheck.PRINTER, why));
    }
}
