package jp.madoguchi.app.output.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import jp.madoguchi.app.output.VisitId;
import jp.madoguchi.app.output.payment.Cash;
import jp.madoguchi.app.output.payment.DemoCashAcceptor;
import jp.madoguchi.app.output.payment.PaymentRecorder;

/**
 * The kiosk process of {@link JournalCrashTest}: one visit for two copies at 200 yen, paid with 100 then 500 yen.
 * It announces {@code PHASE <name>} on stdout once everything before that phase is journaled, then waits to be killed
 * there: {@code payment} (100 yen in, 300 still due), {@code printing} (paid, the first sheet printed, the second one
 * on the printer) or {@code printed} (both sheets out, the visit not yet ended).
 */
public final class KioskVisitScript {
    static final String FIRST = "284645-20261121-AAAAAAAAAA";
    static final String SECOND = "284645-20261121-BBBBBBBBBB";

    private KioskVisitScript() {}

    public static void main(String[] args) throws InterruptedException {
        Path db = Path.of(args[0]);
        String stopAt = args[1];
        Journal journal = Journal.open(db, Clock.systemUTC());
        VisitId visit = VisitId.random();
        System.out.println("VISIT " + visit);
        journal.record(visit, new JournalEvent.VisitStarted("crash-test"));
        journal.record(visit, new JournalEvent.CardIdentified(journal.cards().hash("0a:1b:2c:3d")));
        journal.record(visit, new JournalEvent.ServiceChosen("284645", "juminhyo", 2));
        journal.record(visit, new JournalEvent.RuleDecided("juminhyo", true, List.of("284645:juminhyo:subjects"),
                List.of()));
        DemoCashAcceptor acceptor = new DemoCashAcceptor();
        acceptor.addListener(new PaymentRecorder(journal, visit));
        acceptor.demand(400);
        acceptor.insert(Cash.COIN_100);
        pauseIf(stopAt, "payment");
        acceptor.insert(Cash.COIN_500);
        journal.record(visit, new JournalEvent.DocumentIssued(FIRST, "juminhyo", 200));
        journal.record(visit, new JournalEvent.DocumentIssued(SECOND, "juminhyo", 200));
        journal.record(visit, new JournalEvent.PrintFinished(FIRST, true, ""));
        pauseIf(stopAt, "printing");
        journal.record(visit, new JournalEvent.PrintFinished(SECOND, true, ""));
        pauseIf(stopAt, "printed");
        journal.record(visit, EndReason.COMPLETED.event());
        System.out.println("DONE");
    }

    /** Announces the phase and blocks until the test kills this process. */
    private static void pauseIf(String stopAt, String phase) throws InterruptedException {
        if (stopAt.equals(phase)) {
            System.out.println("PHASE " + phase);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
