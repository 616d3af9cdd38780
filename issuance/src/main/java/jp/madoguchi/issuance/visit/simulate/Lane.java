package jp.madoguchi.issuance.visit.simulate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.Attract;

/**
 * One kiosk serving its share of the visits, one resident after another. A visit is stuck when the kiosk shows
 * no change for {@value #NO_CHANGE_SECONDS} s after a move, or never returns to the attract screen; the lane then
 * cancels, takes the card and goes on, and the report counts it.
 */
final class Lane {
    private static final int NO_CHANGE_SECONDS = 5;
    private static final Duration NO_CHANGE = Duration.ofSeconds(NO_CHANGE_SECONDS);
    private static final int MAX_MOVES = 400;
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    record Result(Map<EndReason, Integer> outcomes, List<String> stuck, long documents, long statements,
            long sheets, long collectedYen, long refundedYen) {}

    private final RandomGenerator random;
    private final boolean faults;

    Lane(RandomGenerator random, boolean faults) {
        this.random = random;
        this.faults = faults;
    }

    Result serve(int visits, Instant start, RuleBook rules, ResidentRegistry registry, AtomicLong apdus)
            throws InterruptedException {
        try (SimulatedKiosk kiosk = new SimulatedKiosk(start, rules, registry, apdus)) {
            List<String> stuck = new ArrayList<>();
            for (int i = 0; i < visits; i++) {
                visit(kiosk, new ScriptedResident(random, kiosk, faults)).ifPresent(where -> {
                    stuck.add(where);
                    recover(kiosk);
                });
                nextResident(kiosk);
            }
            if (unended(kiosk) > 0) {
                stuck.add(unended(kiosk) + " visit(s) started but never ended in the journal");
            }
            return new Result(kiosk.journal.outcomes(), stuck, kiosk.documents.issued(),
                    kiosk.documents.statements(), kiosk.printer.sheetsPrinted(), kiosk.payment.collectedYen(), kiosk.payment.refundedYen());
        }
    }

    /** Empty when the visit ended; otherwise where it got stuck. */
    private Optional<String> visit(SimulatedKiosk kiosk, ScriptedResident resident) throws InterruptedException {
        VisitSnapshot shown = kiosk.feed.latest();
        boolean started = false;
        for (int move = 0; move < MAX_MOVES; move++) {
            started |= shown.visit().isPresent();
            if (started && shown.step() instanceof Attract) {
                return takeCardAway(kiosk, shown) ? Optional.empty()
                        : Optional.of("the reader never reported the card taken after the visit");
            }
            kiosk.clock.advance(Duration.ofSeconds(1 + random.nextInt(5)));
            resident.actOn(shown);
            Optional<VisitSnapshot> next = kiosk.feed.awaitTurn(shown.sequence(), NO_CHANGE);
            if (next.isEmpty()) {
                return Optional.of("no change for " + NO_CHANGE_SECONDS + " s on " + shown.step() + " after "
                        + resident.lastMove());
            }
            shown = next.get();
        }
        return Optional.of("no end after " + MAX_MOVES + " moves, on " + shown.step());
    }

    /** A card left on the reader goes with its owner; the kiosk must have seen it go before the next resident. */
    private static boolean takeCardAway(SimulatedKiosk kiosk, VisitSnapshot shown) throws InterruptedException {
        if (kiosk.cardInReader()) {
            kiosk.remove();
        }
        VisitSnapshot now = shown;
        while (now.cardOnReader()) {
            Optional<VisitSnapshot> next = kiosk.feed.awaitTurn(now.sequence(), NO_CHANGE);
            if (next.isEmpty()) {
                return false;
            }
            now = next.get();
        }
        return true;
    }

    private static void recover(SimulatedKiosk kiosk) {
        kiosk.runner().send(new ResidentAction.Cancel());
        kiosk.remove();
        for (int i = 0; i < 100 && !(kiosk.feed.latest().step() instanceof Attract); i++) {
            kiosk.letTimePass();
        }
    }

    /** A pause between residents; after 22:00 the next one comes the following morning. */
    private void nextResident(SimulatedKiosk kiosk) {
        kiosk.clock.advance(Duration.ofSeconds(20 + random.nextInt(160)));
        ZonedDateTime local = kiosk.clock.instant().atZone(TOKYO);
        if (local.toLocalTime().isAfter(LocalTime.of(22, 0))) {
            kiosk.clock.advanceTo(local.toLocalDate().plusDays(1).atTime(7, 0).atZone(TOKYO).toInstant());
        }
    }

    private static int unended(SimulatedKiosk kiosk) {
        long started = kiosk.journal.entries().stream().filter(JournalEntry.Started.class::isInstance).count();
        long ended = kiosk.journal.entries().stream().filter(JournalEntry.Ended.class::isInstance).count();
        return (int) (started - ended);
    }
}
