package jp.madoguchi.app.soak;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitId;

/**
 * Runs the soak: one kiosk, one resident after another, each visit audited as soon as it ended, footprints at the
 * marks, then the whole journal audited. A visit that fails is reported and the kiosk brought back to its start
 * screen; after {@value #GIVE_UP} failures the soak stops.
 */
public final class Soak {
    private static final int GIVE_UP = 10;

    private Soak() {}

    public static SoakReport run(SoakOptions options, PrintWriter out) throws IOException, InterruptedException {
        long began = System.nanoTime();
        Map<VisitKind, Integer> kinds = new EnumMap<>(VisitKind.class);
        List<String> failures = new ArrayList<>();
        List<Footprint> marks = new ArrayList<>();
        SoakReport.Money money = new SoakReport.Money();
        SplittableRandom random = new SplittableRandom(options.seed());
        JournalAudit journal;
        int run = 0;
        try (SoakKiosk kiosk = SoakKiosk.open(options.dir(), options.printer())) {
            SoakReport.header(out, options);
            Resident resident = new Resident(kiosk, random);
            VisitAudit audit = new VisitAudit(kiosk);
            long visitNanos = 0;
            int sinceMark = 0;
            for (int n = 1; n <= options.visits() && failures.size() < GIVE_UP; n++) {
                run = n;
                VisitKind kind = VisitKind.draw(random);
                kinds.merge(kind, 1, Integer::sum);
                long start = System.nanoTime();
                try {
                    VisitId visit = resident.visit(kind);
                    VisitLedger ledger = audit.check(visit, kind);
                    money.add(ledger);
                } catch (SoakFailure e) {
                    failures.add("visit " + n + ": " + e.getMessage());
                    recover(kiosk);
                } catch (RuntimeException e) {
                    failures.add("visit " + n + " (" + kind + ") crashed: " + e);
                    recover(kiosk);
                }
                visitNanos += System.nanoTime() - start;
                sinceMark++;
                if (options.marks(n)) {
                    Footprint mark = Footprint.take(n, kiosk, options.dir().resolve("journal.db"),
                            visitNanos / 1e6 / sinceMark);
                    marks.add(mark);
                    SoakReport.row(out, mark);
                    visitNanos = 0;
                    sinceMark = 0;
                }
            }
            journal = JournalAudit.of(kiosk.journal());
        }
        return new SoakReport(options, run, marks, kinds, failures, money, journal,
                Duration.ofNanos(System.nanoTime() - began));
    }

    /** Ends whatever the failed visit left open and takes the card, so the next resident finds the start screen. */
    private static void recover(SoakKiosk kiosk) throws InterruptedException {
        kiosk.send(new ResidentAction.Cancel());
        kiosk.remove();
        if (!kiosk.shown().step().id().equals("attract")) {
            kiosk.send(new ResidentAction.Confirm());
        }
        kiosk.await(s -> s.visit().isEmpty() && !s.cardOnReader() && s.step().id().equals("attract"),
                "the start screen after a failed visit");
    }
}
