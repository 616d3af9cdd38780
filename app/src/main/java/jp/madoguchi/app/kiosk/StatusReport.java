package jp.madoguchi.app.kiosk;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import jp.madoguchi.app.kiosk.health.HealthMonitor;
import jp.madoguchi.app.kiosk.status.KioskStatus;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.issuance.visit.ServiceHealth;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import jp.madoguchi.ui.staff.RecentVisits;

/**
 * Builds what {@code status} shows a fleet from a running kiosk's parts: never a name, a PIN, a 個人番号 or a card
 * serial. The back ends' states are the health monitor's last findings, so publishing the status every few seconds
 * asks CUPS, the registry and the cash unit nothing more; the demo, which has no monitor, asks the printer itself.
 */
final class StatusReport {
    /** The parts a report reads, all owned by the session. */
    record Parts(KioskConfig config, String kioskId, Instant startedAt, CardSource cards, Journal journal,
            RecentVisits recent, KioskRules rules, Printer printer, int trustAnchors,
            Supplier<Optional<HealthMonitor>> health) {}

    private final Parts parts;

    StatusReport(Parts parts) {
        this.parts = parts;
    }

    KioskStatus now() {
        KioskConfig config = parts.config();
        Optional<HealthMonitor> monitor = parts.health().get();
        ServiceHealth now = monitor.map(HealthMonitor::health).orElse(ServiceHealth.IN_SERVICE);
        PcscStatus pcsc = parts.cards().readers().status();
        Journal.Head head = parts.journal().head();
        KioskStatus.LastVisit last = parts.recent().latest().stream().findFirst()
                .map(outcome -> new KioskStatus.LastVisit(outcome.at().toString(), outcome.reason().id(),
                        outcome.lastStep())).orElse(null);
        KioskRules rules = parts.rules();
        // The demo's monitor checks only the journal: its spool printer answers for itself.
        Optional<String> printerBlocked = config.kioskMode().fallsBack() ? parts.printer().blocked()
                : detail(now, ServiceCheck.PRINTER);
        return new KioskStatus(parts.kioskId(), config.kioskMode().id(),
                now.inService() ? KioskStatus.IN_SERVICE : KioskStatus.OUT_OF_SERVICE, parts.startedAt().toString(),
                Instant.now().toString(), now.outages().stream()
                        .map(o -> new KioskStatus.FailedCheck(o.check().id(), o.detail())).toList(),
                new KioskStatus.Pcsc(pcsc.serviceUp(), pcsc.serviceUp() ? null : pcsc.fault().message(),
                        pcsc.readers().stream().map(r -> new KioskStatus.Reader(r.name(), r.cardPresent())).toList()),
                new KioskStatus.Printer(config.printerQueue().orElse(null), printerBlocked.orElse(null)),
                new KioskStatus.Backend(config.registryEndpoint().map(e -> e.url().toString())
                        .orElse(KioskStatus.Backend.SAMPLE), detail(now, ServiceCheck.REGISTRY).orElse(null)),
                new KioskStatus.Backend(config.paymentEndpoint().map(e -> e.socket().toString())
                        .orElse(KioskStatus.Backend.DEMONSTRATION), detail(now, ServiceCheck.PAYMENT).orElse(null)),
                new KioskStatus.Journal(config.journalFile().toAbsolutePath().toString(), head.records(), head.hash()),
                rules.status(),
                parts.trustAnchors(), last);
    }

    private static Optional<String> detail(ServiceHealth now, ServiceCheck check) {
        return now.outages().stream().filter(o -> o.check() == check).map(ServiceHealth.Outage::detail).findFirst();
    }
}
