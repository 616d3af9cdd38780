package jp.madoguchi.app.output.journal;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import jp.madoguchi.app.output.payment.Cash;
import jp.madoguchi.app.output.payment.DemoCashAcceptor;
import jp.madoguchi.app.output.payment.PaymentDevice;
import jp.madoguchi.app.output.payment.PaymentRecorder;
import jp.madoguchi.app.output.payment.PaymentState;
import jp.madoguchi.app.output.payment.Settlement;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.SerialKey;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * The kiosk process of {@link JournalCrashTest}: one visit for two copies at 200 yen, paid with 100 then 500 yen.
 * It announces {@code PHASE <name>} on stdout once everything before that phase is journaled, then waits to be killed
 * there: {@code payment} (100 yen in, 300 still due), {@code printing} (paid, the first sheet printed, the second one
 * on the printer), {@code refunding} (the second sheet failed, {@link Settlement} recorded its refund as due and the
 * device is paying out) or {@code printed} (both sheets out, the visit not yet ended).
 */
public final class KioskVisitScript {
    static final DocumentNumber FIRST = new DocumentNumber("284645-20261121-AAAAAAAAAA");
    static final DocumentNumber SECOND = new DocumentNumber("284645-20261121-BBBBBBBBBB");

    private KioskVisitScript() {}

    public static void main(String[] args) throws InterruptedException {
        Path db = Path.of(args[0]);
        String stopAt = args[1];
        Journal journal = Journal.open(db, Clock.systemUTC());
        VisitId visit = VisitId.random();
        System.out.println("VISIT " + visit);
        journal.record(new JournalEntry.Started(visit, journal.now(), "test-kiosk", Service.CERTIFICATES, Language.JAPANESE));
        journal.record(new JournalEntry.CardIdentified(visit, journal.now(),
                SerialKey.fromText("kiosk-visit-script-key").hash(new BigInteger("0a1b2c3d", 16))));
        journal.record(new JournalEntry.Decided(visit, journal.now(), MunicipalityCode.parse("284645"),
                CertificateType.RESIDENT_RECORD, true, List.of("284645:juminhyo:subjects"), 2, 400));
        DemoCashAcceptor acceptor = new DemoCashAcceptor();
        acceptor.addListener(new PaymentRecorder(journal, visit));
        acceptor.demand(400);
        acceptor.insert(Cash.COIN_100);
        pauseIf(stopAt, "payment");
        acceptor.insert(Cash.COIN_500);
        journal.record(new JournalEntry.DocumentIssued(visit, journal.now(), FIRST, "juminhyo", 200));
        journal.record(new JournalEntry.DocumentIssued(visit, journal.now(), SECOND, "juminhyo", 200));
        journal.record(new JournalEntry.SheetPrinted(visit, journal.now(), FIRST, true, ""));
        pauseIf(stopAt, "printing");
        if (stopAt.equals("refunding")) {
            journal.record(new JournalEntry.SheetPrinted(visit, journal.now(), SECOND, false, "out-of-paper"));
            new Settlement(journal, slowPayout(acceptor, stopAt), 1)
                    .afterPrintFailure(visit, SECOND, 200, "out-of-paper", false);
        }
        journal.record(new JournalEntry.SheetPrinted(visit, journal.now(), SECOND, true, ""));
        pauseIf(stopAt, "printed");
        journal.record(new JournalEntry.Ended(visit, journal.now(), EndReason.COMPLETED, "thank-you"));
        System.out.println("DONE");
    }

    /** The acceptor, with a payout that is still running when the test kills the process. */
    private static PaymentDevice slowPayout(DemoCashAcceptor acceptor, String stopAt) {
        return new PaymentDevice() {
            @Override
            public void demand(int yen) {
                acceptor.demand(yen);
            }

            @Override
            public void cancel() {
                acceptor.cancel();
            }

            @Override
            public void refund(int yen) {
                try {
                    pauseIf(stopAt, "refunding");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                acceptor.refund(yen);
            }

            @Override
            public PaymentState state() {
                return acceptor.state();
            }

            @Override
            public void addListener(Consumer<PaymentState> listener) {
                acceptor.addListener(listener);
            }

            @Override
            public boolean demonstration() {
                return true;
            }
        };
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
