package jp.madoguchi.issuance.visit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.JournalUnavailableException;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The machine's mutable core and the primitives every flow uses: go to a step, start and end a visit, request
 * card work, arm timers. Confined to the machine's thread. Ending a visit is the one place visit data is dropped.
 */
final class VisitState {
    private static final Logger LOG = LoggerFactory.getLogger(VisitState.class);
    private final VisitDependencies deps;
    private final IdleTimer idle;
    private VisitStep step;
    private Visit visit;
    private Language language;
    private boolean cardPresent;
    private long lastRequest;
    private long pendingRequest;
    private Instant stepDeadline;
    private Instant cardDeadline;
    private ServiceHealth health = ServiceHealth.IN_SERVICE;
    private boolean helpOpen;

    VisitState(VisitDependencies deps) {
        this.deps = deps;
        this.idle = new IdleTimer(deps.settings().idleAfter(), deps.settings().idleWarning(), now());
        this.step = home();
        this.language = deps.settings().homeLanguage();
    }

    VisitDependencies deps() {
        return deps;
    }

    Instant now() {
        return deps.clock().instant();
    }

    VisitStep step() {
        return step;
    }

    Optional<Visit> visit() {
        return Optional.ofNullable(visit);
    }

    Visit requireVisit() {
        return visit().orElseThrow(() -> new IllegalStateException("no visit on " + step.id()));
    }

    Language language() {
        return language;
    }

    void language(Language chosen) {
        language = chosen;
    }

    boolean cardPresent() {
        return cardPresent;
    }

    void cardPresent(boolean present) {
        cardPresent = present;
    }

    IdleTimer idle() {
        return idle;
    }

    /**
     * Shows {@code next}; a new screen gives the resident a fresh idle period. Clears the step timer, and closes help
     * opened over the old screen: what happened (the card taken, the visit aborted) must be seen.
     */
    void go(VisitStep next) {
        step = next;
        stepDeadline = null;
        helpOpen = false;
        idle.activity(now());
    }

    void go(VisitStep next, Duration timer) {
        go(next);
        stepDeadline = now().plus(timer);
    }

    /**
     * A reminder on the same screen, shown without counting as activity. It stays (the UI repeats its voice prompt
     * while it does) until the resident acts or the idle timeout ends the visit.
     */
    void remind(VisitStep same) {
        step = same;
    }

    /** Re-renders the same screen with new values (selections, progress) without touching the timers. */
    void redraw(VisitStep same) {
        step = same;
    }

    /**
     * Starts a visit, unless the journal refuses its first record: a visit the journal cannot record would take a
     * card, a PIN and money on nothing (a full disk, an unwritable or broken journal). Then the kiosk is out of
     * service at once, with the journal's reason, and false is returned.
     */
    boolean begin(Service service) {
        visit = Visit.start(VisitId.random(), service);
        try {
            deps.journal().record(new JournalEntry.Started(visit.id(), now(), deps.settings().kiosk(), service,
                    language));
            return true;
        } catch (JournalUnavailableException e) {
            visit = null;
            outage(new ServiceHealth.Outage(ServiceCheck.JOURNAL, e.getMessage()));
            return false;
        }
    }

    void update(UnaryOperator<Visit> change) {
        visit = change.apply(requireVisit());
    }

    /** A resident's visit never fails because of the journal: a write that fails is logged for staff. */
    void journal(JournalEntry entry) {
        try {
            deps.journal().record(entry);
        } catch (JournalUnavailableException e) {
            LOG.error("Journal write failed for visit {}: {}", entry.visit(), e.getMessage());
        }
    }

    /**
     * Journals the end, cancels an open payment, erases rendered documents and drops every piece of visit data,
     * then shows {@code next}.
     */
    void end(EndReason reason, VisitStep next, Duration timer) {
        if (visit != null && step instanceof Payment) {
            deps.payment().cancel(visit.id());
        }
        if (visit != null) {
            journal(new JournalEntry.Ended(visit.id(), now(), reason, step.id()));
            deps.documents().discard(visit.id());
            visit = null;
        }
        pendingRequest = 0;
        cardDeadline = null;
        if (timer == null) {
            go(next);
        } else {
            go(next, timer);
        }
    }

    /**
     * Ends the visit with its settled outcome, or {@code otherwise}, and returns to the attract screen in the kiosk's
     * home language: a resident's choice of language lasts for their visit only.
     */
    void endToAttract(EndReason otherwise) {
        end(visit().flatMap(Visit::outcome).orElse(otherwise), home(), null);
        language = deps.settings().homeLanguage();
    }

    /**
     * Ends the visit but keeps the resident's language: they are still at the kiosk, back on the start screen after
     * reading help, and must not find it in Japanese.
     */
    void endKeepingLanguage(EndReason otherwise) {
        end(visit().flatMap(Visit::outcome).orElse(otherwise), home(), null);
    }

    /** Help shown over the current step; the step, its timers and its flow carry on underneath. */
    void openHelp() {
        helpOpen = true;
    }

    void closeHelp() {
        helpOpen = false;
    }

    boolean helpOpen() {
        return helpOpen;
    }

    /** The screen between visits: the attract screen, or out of service while a check fails. */
    VisitStep home() {
        return health.inService() ? new Attract(deps.settings().services()) : new OutOfService(health.failed());
    }

    ServiceHealth health() {
        return health;
    }

    /**
     * A visit found a part failing between health rounds (the registry not answering a lookup): out of service at
     * once, the visit ended; the monitor's next round confirms the outage or ends it.
     */
    void outage(ServiceHealth.Outage outage) {
        LOG.warn("Out of service: {}: {}", outage.check().id(), outage.detail());
        health = health.with(outage);
        endToAttract(EndReason.OUT_OF_SERVICE);
    }

    void health(ServiceHealth now) {
        health = now;
    }

    /** Back to the attract screen after the visit already ended (thank-you, aborted). */
    void returnToAttract() {
        endToAttract(EndReason.CANCELLED);
    }

    /** The visit reached its end normally: thank the resident, then return to the attract screen. */
    void finish(EndReason reason) {
        end(reason, new ThankYou(), deps.settings().thankYouFor());
    }

    /** Settles the visit's outcome and shows the screen that announces it. */
    void settle(EndReason outcome, VisitStep screen) {
        update(v -> v.withOutcome(outcome));
        go(screen);
    }

    void abort(AbortReason reason) {
        end(Outcomes.of(reason), new Aborted(reason), deps.settings().abortedFor());
    }

    /** A new card request; answers to any earlier one will be ignored. */
    long requestCard() {
        pendingRequest = ++lastRequest;
        cardDeadline = now().plus(deps.settings().cardWorkTimeout());
        return pendingRequest;
    }

    boolean isPending(long request) {
        return request != 0 && request == pendingRequest;
    }

    /** True (once) when {@code request} is the one the machine is waiting for. */
    boolean answers(long request) {
        if (request == 0 || request != pendingRequest) {
            return false;
        }
        pendingRequest = 0;
        cardDeadline = null;
        return true;
    }

    Optional<Instant> stepDeadline() {
        return Optional.ofNullable(stepDeadline);
    }

    Optional<Instant> cardDeadline() {
        return Optional.ofNullable(cardDeadline);
    }

    void clearStepDeadline() {
        stepDeadline = null;
    }

    /** The card did not answer in time: forget the request, so its late answer is ignored. */
    void cardTimedOut() {
        pendingRequest = 0;
        cardDeadline = null;
    }
}
