package jp.madoguchi.issuance.visit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jp.madoguchi.issuance.visit.card.CardEvent;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.ConfirmCancel;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.Hotlines;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.VisitStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The visit state machine. Not thread-safe and never blocking: call it from one thread (the {@link VisitRunner}'s,
 * or a test's). Inputs are resident actions, card/payment/print events and {@link #tick()}; after each input a new
 * {@link VisitSnapshot} is published if anything visible changed. Time comes only from the dependencies' clock.
 */
public final class VisitMachine {
    private static final Logger LOG = LoggerFactory.getLogger(VisitMachine.class);
    /** The MDC key of the visit id, on the machine's thread and on the threads doing a visit's work. */
    public static final String VISIT_KEY = "visit";
    private final VisitState state;
    private final Map<StepTable.Route, Flow> flows;
    private final OutputFlow output;
    private final AccountFlow account;
    private final SwapGuard guard;
    private final Inbox inbox = new Inbox();
    private final List<Consumer<VisitSnapshot>> listeners = new CopyOnWriteArrayList<>();
    private volatile VisitSnapshot published;

    /** @param events where port events are handed over to the machine's thread ({@code Runnable::run} in tests) */
    public VisitMachine(VisitDependencies deps, Executor events) {
        state = new VisitState(deps);
        OrderScreens screens = new OrderScreens(state);
        output = new OutputFlow(state, screens);
        OrderFlow order = new OrderFlow(state, screens, output);
        PinFlow pin = new PinFlow(state, new IdentityCheck(state));
        CardFlow card = new CardFlow(state, pin, order);
        account = new AccountFlow(state);
        flows = new EnumMap<>(Map.of(StepTable.Route.ENTRY, new EntryFlow(state), StepTable.Route.CARD, card,
                StepTable.Route.PIN, pin, StepTable.Route.ORDER, order, StepTable.Route.OUTPUT, output,
                StepTable.Route.ACCOUNT, account));
        guard = new SwapGuard(state);
        published = current(0);
        deps.card().subscribe(event -> events.execute(() -> onCard(event)));
        deps.payment().subscribe(event -> events.execute(() -> onPayment(event)));
        deps.printer().subscribe(event -> events.execute(() -> onPrint(event)));
    }

    public void act(ResidentAction action) {
        run(() -> {
            // Read before the touch resets it: cancel from the idle countdown's own key needs no second question.
            boolean idleWarningShown = idleApplies() && state.idle().warning(state.now()).isPresent();
            state.idle().activity(state.now());
            if (action instanceof ResidentAction.EnterPin pin
                    && (state.helpOpen() || !(state.step() instanceof PinEntry))) {
                pin.wipe();
            } else if (action instanceof ResidentAction.ChooseLanguage chosen) {
                state.language(chosen.language());
            } else if (action instanceof ResidentAction.Cancel) {
                cancel(idleWarningShown);
            } else if (state.helpOpen()) {
                if (action instanceof ResidentAction.Back || action instanceof ResidentAction.Confirm) {
                    state.closeHelp();
                }
            } else if (action instanceof ResidentAction.ShowHelp) {
                if (offersHelp(state.step())) {
                    state.openHelp();
                }
            } else if (!(action instanceof ResidentAction.Touch || action instanceof ResidentAction.ContinueVisit)) {
                flow().act(action);
            }
        });
    }

    public void onCard(CardEvent event) {
        run(() -> {
            if (event instanceof CardEvent.Placed) {
                state.cardPresent(true);
                state.idle().activity(state.now());
            } else if (event instanceof CardEvent.Removed || event instanceof CardEvent.ReaderUnavailable) {
                state.cardPresent(false);
            }
            if (event instanceof CardEvent.ReaderUnavailable && state.visit().isPresent() && needsReader()) {
                state.abort(AbortReason.READER_UNAVAILABLE);
            } else if (guard.guards(state.step(), event)) {
                guard.onCard(event);
            } else {
                flow().onCard(event);
            }
        });
    }

    public void onPayment(PaymentEvent event) {
        run(() -> output.onPayment(event));
    }

    public void onPrint(PrintEvent event) {
        run(() -> {
            if (StepTable.route(state.step()) == StepTable.Route.ACCOUNT) {
                account.onPrint(event);
            } else {
                output.onPrint(event);
            }
        });
    }

    /**
     * The kiosk's health changed. Between visits the home screen follows it (out of service, or back to the attract
     * screen); a visit that has taken nothing yet ends at once, so nothing is issued while out of service, and one
     * that has (paying done, paper printing, a refund shown) is finished first.
     */
    public void onHealth(ServiceHealth health) {
        run(() -> {
            boolean was = state.health().inService();
            state.health(health);
            if (was != health.inService()) {
                LOG.info(health.inService() ? "Back in service" : "Out of service: {}", health.outages());
            }
            VisitStep step = state.step();
            if (state.visit().isEmpty() && (step instanceof Attract || step instanceof OutOfService)) {
                if (!state.home().equals(step)) {
                    state.go(state.home());
                }
            } else if (!health.inService() && !StepTable.has(step, StepTable.Trait.OUTLASTS_OUTAGE)) {
                state.endToAttract(EndReason.OUT_OF_SERVICE);
            }
        });
    }

    /** Time passed: fire what is due (card work timeout, step timer, idle warning and reset). */
    public void tick() {
        run(() -> {
            Instant now = state.now();
            if (state.cardDeadline().filter(due -> !now.isBefore(due)).isPresent()) {
                state.cardTimedOut();
                if (state.step() instanceof ReadingCard) {
                    state.abort(AbortReason.CARD_UNREADABLE);
                } else if (state.step() instanceof CheckingPin) {
                    // The VERIFY may have reached the card: the resident is told a try may be gone.
                    state.abort(AbortReason.PIN_UNCONFIRMED);
                }
            }
            if (state.stepDeadline().filter(due -> !now.isBefore(due)).isPresent()) {
                state.clearStepDeadline();
                flow().onStepTimer();
            }
            if (idleApplies() && state.idle().expired(now)) {
                state.endToAttract(EndReason.TIMED_OUT);
            }
        });
    }

    /** When {@link #tick()} next has something to do; a runner sleeps until then. */
    public Optional<Instant> nextDeadline() {
        Instant now = state.now();
        Optional<Instant> idle = idleApplies() ? Optional.of(state.idle().nextChange(now)) : Optional.empty();
        return Stream.of(state.cardDeadline(), state.stepDeadline(), idle).flatMap(Optional::stream)
                .min(Instant::compareTo);
    }

    public VisitSnapshot snapshot() {
        return published;
    }

    /** {@code listener} gets the current snapshot at once, then every new one, on the machine's thread. */
    public void subscribe(Consumer<VisitSnapshot> listener) {
        listeners.add(listener);
        listener.accept(published);
    }

    /** Whether {@code step} takes {@link ResidentAction.ShowHelp}: the UI shows the help key only where it does. */
    public static boolean offersHelp(VisitStep step) {
        return !StepTable.has(step, StepTable.Trait.NO_HELP);
    }

    private void cancel(boolean idleWarningShown) {
        VisitStep step = state.step();
        if (StepTable.has(step, StepTable.Trait.CANCEL_ASKS) && !idleWarningShown) {
            state.go(new ConfirmCancel(step));
        } else if (StepTable.has(step, StepTable.Trait.CANCEL_RETURNS_HOME)) {
            state.returnToAttract();
        } else if (!StepTable.has(step, StepTable.Trait.CANCEL_IGNORED)) {
            state.endToAttract(EndReason.CANCELLED);
        }
    }

    private boolean needsReader() {
        return StepTable.has(state.step(), StepTable.Trait.NEEDS_READER);
    }

    /**
     * Help left open times out even over a screen that does not (the out-of-service screen), and so does a start
     * screen left in another language than the kiosk's (back from help keeps the resident's): the next resident finds
     * the home language again.
     */
    private boolean idleApplies() {
        boolean foreignHome = state.visit().isEmpty()
                && !state.language().equals(state.deps().settings().homeLanguage());
        return state.helpOpen() || foreignHome || !StepTable.has(state.step(), StepTable.Trait.NO_IDLE_TIMEOUT);
    }

    /**
     * The screen to show: the step, or help over it. Help is made afresh for each snapshot, so it follows a change of
     * language and says whether each line answers at this moment.
     */
    private VisitStep shown() {
        if (state.helpOpen() || state.step() instanceof Help) {
            return Hotlines.help(state.language(), LocalDateTime.ofInstant(state.now(), Hotlines.JAPAN));
        }
        return state.step();
    }

    private Flow flow() {
        return flows.get(StepTable.route(state.step()));
    }

    private void run(Runnable input) {
        inbox.run(() -> {
            tagVisit();
            try {
                input.run();
            } catch (RuntimeException e) {
                LOG.error("visit input failed on step {}; the visit is wiped", state.step().id(), e);
                state.endToAttract(EndReason.INTERNAL_ERROR);
            }
            tagVisit();
            try {
                publish();
            } finally {
                MDC.remove(VISIT_KEY);
            }
        });
    }

    /** Every line logged for a visit names it (the JSON logs' {@code mdc}, the human pattern's [V-...]). */
    private void tagVisit() {
        state.visit().ifPresentOrElse(visit -> MDC.put(VISIT_KEY, visit.id().value()), () -> MDC.remove(VISIT_KEY));
    }

    private void publish() {
        if (current(published.sequence()).equals(published)) {
            return;
        }
        VisitSnapshot next = current(published.sequence() + 1);
        published = next;
        for (Consumer<VisitSnapshot> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.error("a snapshot listener failed", e);
            }
        }
    }

    private VisitSnapshot current(long sequence) {
        return new VisitSnapshot(sequence, state.visit().map(Visit::id), state.language(), shown(),
                idleApplies() ? state.idle().warning(state.now()) : Optional.empty(), state.cardPresent());
    }
}
