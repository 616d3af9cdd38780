package jp.madoguchi.ui.staff;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.issuance.visit.ServiceHealth;

/**
 * What the staff screen can ask of the running kiosk. The app implements it over the health checks, the reader
 * service, the doctor, the printer and the rules loader; slow work returns futures completed off the FX thread.
 * Every answer is a model for the screen to put in words, never text for it to show as it is.
 */
public interface StaffConsole {
    /** The readers and their cards as the reader monitor last saw them (an immutable snapshot). */
    PcscStatus readers();

    /** Runs every health check now (as the monitor does every few seconds) and tells the visit machine too. */
    CompletableFuture<ServiceHealth> checkNow();

    /**
     * Reads each reader's card the way the doctor does: public data and tries counters only, so never a PIN try.
     * Fails with {@link VisitUnderway} while a visit runs.
     */
    CompletableFuture<List<ReaderFinding>> testRead();

    /** Asks the printer whether a job sent now would print. */
    CompletableFuture<PrinterReport> checkPrinter();

    /** Prints one test page (no personal data) and follows it to the end. Fails with {@link VisitUnderway}. */
    CompletableFuture<PrinterReport> testPrint();

    /** How the latest visits ended, newest first; no personal data. */
    List<RecentVisits.Outcome> recentVisits();

    /** Loads the rule files again; visits use the new rules from their next menu on if they are valid. */
    CompletableFuture<RulesCheck> reloadRules();

    /** What this kiosk is configured to do (mode, municipality, rules, printer, timeouts); never a secret. */
    List<KioskFact> kioskFacts();

    /** Ends the kiosk application. */
    void exitKiosk();

    /** The outcome of a rules reload: municipalities in service and the problems found. */
    record RulesCheck(boolean ok, int municipalities, List<String> problems) {
        public RulesCheck {
            problems = List.copyOf(problems);
        }
    }
}
