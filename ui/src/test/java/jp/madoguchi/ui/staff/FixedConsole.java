package jp.madoguchi.ui.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import jp.madoguchi.card.cert.ChainStatus;
import jp.madoguchi.card.cert.RenewalStatus;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderSnapshot;
import jp.madoguchi.issuance.visit.ServiceHealth;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.ui.staff.CardFindings.CertificateFinding;
import jp.madoguchi.ui.staff.CardFindings.CertificateIdentity;

/**
 * A kiosk behind the staff screen whose answers a test sets: two readers with a My Number card on each (the case that
 * pushed the keys off the screen), in service, one completed visit. Counts what the screen asked and exits.
 */
final class FixedConsole implements StaffConsole {
    static final CertificateIdentity IDENTITY = new CertificateIdentity("CN=SUBJECT-OF-TEST-CARD", "5E71A1C0FFEE",
            "ab01cd23ef45ab01cd23ef45ab01cd23ef45ab01cd23ef45ab01cd23ef45ab01");

    ServiceHealth health = ServiceHealth.IN_SERVICE;
    List<ReaderFinding> findings = List.of(card("Test Reader 0"), card("Test Reader 1"));
    PrinterReport printer = new PrinterReport("Kiosk_A4", false, PrinterReport.Problem.NONE, "");
    List<RecentVisits.Outcome> visits = List.of(new RecentVisits.Outcome(Instant.parse("2026-11-24T01:00:00Z"),
            EndReason.COMPLETED, "thank-you"));
    List<KioskFact> facts = List.of(KioskFact.word("staff.fact.mode", "staff.mode.demo"),
            KioskFact.asWritten("staff.fact.municipality", "284645"));
    RuntimeException busy;
    final AtomicInteger testReads = new AtomicInteger();
    final AtomicInteger testPrints = new AtomicInteger();
    final AtomicInteger exits = new AtomicInteger();

    static ReaderFinding card(String reader) {
        return ReaderFinding.myNumberCard(reader, new CardFindings(OptionalInt.of(3), OptionalInt.of(5),
                OptionalInt.of(3), true, new CertificateFinding(ChainStatus.VALID, "", LocalDate.of(2030, 5, 5),
                        IDENTITY), new RenewalStatus.NotYet(LocalDate.of(2030, 2, 5)), ChainStatus.VALID,
                ChainStatus.VALID));
    }

    @Override
    public PcscStatus readers() {
        List<ReaderSnapshot> readers = new ArrayList<>();
        findings.forEach(f -> readers.add(new ReaderSnapshot(f.reader(), f.card().isPresent(), "3B8F")));
        return new PcscStatus(readers, null);
    }

    @Override
    public CompletableFuture<ServiceHealth> checkNow() {
        return CompletableFuture.supplyAsync(() -> health);
    }

    @Override
    public CompletableFuture<List<ReaderFinding>> testRead() {
        testReads.incrementAndGet();
        return busy != null ? CompletableFuture.failedFuture(busy) : CompletableFuture.supplyAsync(() -> findings);
    }

    @Override
    public CompletableFuture<PrinterReport> checkPrinter() {
        return CompletableFuture.supplyAsync(() -> printer);
    }

    @Override
    public CompletableFuture<PrinterReport> testPrint() {
        testPrints.incrementAndGet();
        return busy != null ? CompletableFuture.failedFuture(busy) : CompletableFuture.supplyAsync(() ->
                new PrinterReport(printer.queue(), true, printer.problem(), printer.detail()));
    }

    @Override
    public List<RecentVisits.Outcome> recentVisits() {
        return visits;
    }

    @Override
    public CompletableFuture<RulesCheck> reloadRules() {
        return CompletableFuture.supplyAsync(() -> new RulesCheck(true, 4, List.of()));
    }

    @Override
    public List<KioskFact> kioskFacts() {
        return facts;
    }

    @Override
    public void exitKiosk() {
        exits.incrementAndGet();
    }
}
