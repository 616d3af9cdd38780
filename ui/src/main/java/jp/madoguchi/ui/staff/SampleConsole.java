package jp.madoguchi.ui.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import jp.madoguchi.card.cert.ChainStatus;
import jp.madoguchi.card.cert.RenewalStatus;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderSnapshot;
import jp.madoguchi.issuance.visit.ServiceHealth;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.ui.staff.CardFindings.CertificateFinding;
import jp.madoguchi.ui.staff.CardFindings.CertificateIdentity;

/**
 * The gallery's kiosk behind the staff screen: a contactless reader with a My Number card on it, a CUPS queue that
 * prints, four visits and the sample configuration. Every answer is at hand at once. The card's identity is made up
 * and marked as a sample.
 */
final class SampleConsole implements StaffConsole {
    static final String READER = "SONY FeliCa RC-S300/S 00 00";
    static final CertificateIdentity IDENTITY = new CertificateIdentity("CN=SAMPLE-0000,OU=JPKI-TEST,C=JP",
            "5A4D504C45", "0f3c5b8e2d9a71c4e6b05f28d1a93e7c44b2c8a0915de6f37a8b0c21d4e5f607");

    @Override
    public PcscStatus readers() {
        return new PcscStatus(List.of(new ReaderSnapshot(READER, true, "3B8888010012345678")), null);
    }

    @Override
    public CompletableFuture<ServiceHealth> checkNow() {
        return CompletableFuture.completedFuture(ServiceHealth.IN_SERVICE);
    }

    @Override
    public CompletableFuture<List<ReaderFinding>> testRead() {
        CardFindings card = new CardFindings(OptionalInt.of(3), OptionalInt.of(5), OptionalInt.of(3), true,
                new CertificateFinding(ChainStatus.VALID, "", LocalDate.of(2030, 5, 5), IDENTITY),
                new RenewalStatus.NotYet(LocalDate.of(2030, 2, 5)), ChainStatus.VALID, ChainStatus.VALID);
        return CompletableFuture.completedFuture(List.of(ReaderFinding.myNumberCard(READER, card)));
    }

    @Override
    public CompletableFuture<PrinterReport> checkPrinter() {
        return CompletableFuture.completedFuture(new PrinterReport("Kiosk_A4", false, PrinterReport.Problem.NONE,
                ""));
    }

    @Override
    public CompletableFuture<PrinterReport> testPrint() {
        return CompletableFuture.completedFuture(new PrinterReport("Kiosk_A4", true, PrinterReport.Problem.NONE,
                "1 page"));
    }

    @Override
    public List<RecentVisits.Outcome> recentVisits() {
        return List.of(outcome("2026-12-07T05:12:40Z", EndReason.ISSUE_FAILED, "issue-failed"),
                outcome("2026-12-07T04:58:02Z", EndReason.COMPLETED, "thank-you"),
                outcome("2026-12-07T04:31:15Z", EndReason.TIMED_OUT, "pin-entry"),
                outcome("2026-12-07T03:05:51Z", EndReason.INFORMATION_SHOWN, "help"));
    }

    @Override
    public CompletableFuture<RulesCheck> reloadRules() {
        return CompletableFuture.completedFuture(new RulesCheck(true, 4, List.of()));
    }

    @Override
    public List<KioskFact> kioskFacts() {
        return List.of(KioskFact.word("staff.fact.mode", "staff.mode.production"),
                KioskFact.asWritten("staff.fact.municipality", "284645"),
                KioskFact.asWritten("staff.fact.rules", "/etc/madoguchi/rules"),
                KioskFact.asWritten("staff.fact.printer", "Kiosk_A4"),
                KioskFact.asWritten("staff.fact.reader", READER),
                KioskFact.word("staff.fact.idle", "staff.value.idle", 60, 15),
                KioskFact.word("staff.fact.callStaff", "staff.value.callBoth"));
    }

    @Override
    public void exitKiosk() {
        // The gallery never exits.
    }

    private static RecentVisits.Outcome outcome(String at, EndReason reason, String lastStep) {
        return new RecentVisits.Outcome(Instant.parse(at), reason, lastStep);
    }
}
