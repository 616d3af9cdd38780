package jp.madoguchi.app.kiosk.staff;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import jp.madoguchi.app.doctor.Doctor;
import jp.madoguchi.app.kiosk.CardSource;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.issuance.visit.ServiceHealth;
import jp.madoguchi.ui.staff.KioskFact;
import jp.madoguchi.ui.staff.PrinterReport;
import jp.madoguchi.ui.staff.ReaderFinding;
import jp.madoguchi.ui.staff.RecentVisits;
import jp.madoguchi.ui.staff.StaffConsole;
import jp.madoguchi.ui.staff.VisitUnderway;

/**
 * The staff screen's questions answered by the running kiosk: its health checks run now, the doctor's reading of
 * the cards (never a PIN try), the printer's state and a test page, recent visits, the rules reload and the
 * configuration. A test read and a test page wait for no visit to be under way: the card and the printer are the
 * visit's until it ends. Slow work runs on the common pool; card I/O still goes through the reader's owner thread.
 */
public final class KioskStaffConsole implements StaffConsole {
    /** What the console reads, all owned by the session. */
    public record Parts(CardSource cards, ChainVerifier chain, Clock clock, Printer printer, String queue,
            String kiosk, Supplier<ServiceHealth> checks, BooleanSupplier visitUnderway, RecentVisits recent,
            Callable<RulesCheck> rules, List<KioskFact> facts, Runnable exit) {
        public Parts {
            Objects.requireNonNull(cards, "cards");
            facts = List.copyOf(facts);
        }
    }

    private final Parts parts;

    public KioskStaffConsole(Parts parts) {
        this.parts = parts;
    }

    @Override
    public PcscStatus readers() {
        return parts.cards().readers().status();
    }

    @Override
    public CompletableFuture<ServiceHealth> checkNow() {
        return CompletableFuture.supplyAsync(parts.checks());
    }

    @Override
    public CompletableFuture<List<ReaderFinding>> testRead() {
        return whenNoVisit(() -> TestReads.of(new Doctor(parts.cards().readers(), parts.chain(), parts.clock())
                .examine()));
    }

    @Override
    public CompletableFuture<PrinterReport> checkPrinter() {
        return CompletableFuture.supplyAsync(() -> PrinterReports.check(parts.printer(), parts.queue()));
    }

    @Override
    public CompletableFuture<PrinterReport> testPrint() {
        return whenNoVisit(() -> TestPage.print(parts.printer(), parts.queue(), parts.kiosk(),
                parts.clock().instant()));
    }

    @Override
    public List<RecentVisits.Outcome> recentVisits() {
        return parts.recent().latest();
    }

    @Override
    public CompletableFuture<RulesCheck> reloadRules() {
        return CompletableFuture.supplyAsync(() -> call(parts.rules()));
    }

    @Override
    public List<KioskFact> kioskFacts() {
        return parts.facts();
    }

    @Override
    public void exitKiosk() {
        parts.exit().run();
    }

    /** Refused with {@link VisitUnderway} while a resident's visit runs; checked again off the FX thread. */
    private <T> CompletableFuture<T> whenNoVisit(Callable<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            if (parts.visitUnderway().getAsBoolean()) {
                throw new VisitUnderway();
            }
            return call(work);
        });
    }

    private static <T> T call(Callable<T> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompletionException(e);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
