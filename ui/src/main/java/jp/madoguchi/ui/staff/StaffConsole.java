package jp.madoguchi.ui.staff;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import jp.madoguchi.card.pcsc.PcscStatus;

/**
 * What the staff screen can ask of the running kiosk. The app implements it over the reader service, the doctor
 * and the rules loader; slow work returns futures completed off the FX thread.
 */
public interface StaffConsole {
    /** The readers and their cards as the reader monitor last saw them (an immutable snapshot). */
    PcscStatus readers();

    /** The doctor's findings as text lines (never uses a PIN try). */
    CompletableFuture<List<String>> examine();

    /** How the latest visits ended, newest first; no personal data. */
    List<RecentVisits.Outcome> recentVisits();

    /** Loads the rule files again; visits use the new rules from their next menu on if they are valid. */
    CompletableFuture<RulesCheck> reloadRules();

    /** What this kiosk is configured to do (municipality, rules, printer, timeouts); never a secret. */
    List<String> kioskFacts();

    /** Ends the kiosk application. */
    void exitKiosk();

    /** The outcome of a rules reload: municipalities in service and the problems found. */
    record RulesCheck(boolean ok, int municipalities, List<String> problems) {
        public RulesCheck {
            problems = List.copyOf(problems);
        }
    }
}
