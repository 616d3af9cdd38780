package jp.madoguchi.ui.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import jp.madoguchi.ui.view.StaffCall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The call-staff key's effect, as the kiosk's {@code callStaff} configuration sets it: the call waits, shown on the
 * resident screen ({@link CallNotice}, when {@code notice} is on) and on the staff screen, until staff answer it
 * there; the configured {@link CallSignal} is raised on the call and lowered on the answer. One call at a time: a
 * second press while one waits changes nothing. FX thread only; the signal's outcome comes back to it.
 */
public final class StaffCalls implements StaffCall {
    private static final Logger LOG = LoggerFactory.getLogger(StaffCalls.class);

    /** How the signal outside the screen went. */
    public enum Signal { NONE, SENDING, SENT, FAILED }

    /**
     * A waiting call: when, from which step and the title its screen showed, and its signal ({@code detail}: why it
     * failed).
     */
    public record Call(Instant at, String stepId, String titleKey, Signal signal, String detail) {}

    private final boolean notice;
    private final CallSignal signal;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<Optional<Call>> waiting = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final BooleanBinding anyWaiting = Bindings.createBooleanBinding(() -> waiting.get().isPresent(), waiting);

    public StaffCalls(boolean notice, CallSignal signal, Clock clock) {
        this.notice = notice;
        this.signal = Objects.requireNonNull(signal, "signal");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** No call-staff key: {@code callStaff} is not configured. */
    public static StaffCalls none(Clock clock) {
        return new StaffCalls(false, CallSignal.NONE, clock);
    }

    @Override
    public boolean available() {
        return notice || signal.present();
    }

    /** Whether a waiting call is shown on the resident screen. */
    public boolean notice() {
        return notice;
    }

    @Override
    public ObservableBooleanValue waiting() {
        return anyWaiting;
    }

    public ReadOnlyObjectProperty<Optional<Call>> call() {
        return waiting.getReadOnlyProperty();
    }

    @Override
    public void call(String stepId, String titleKey) {
        if (!available() || waiting.get().isPresent()) {
            return;
        }
        Call call = new Call(clock.instant(), stepId, titleKey, signal.present() ? Signal.SENDING : Signal.NONE, "");
        waiting.set(Optional.of(call));
        LOG.warn("Staff called from the {} screen", stepId);
        if (signal.present()) {
            OnFx.when(signal.raise(), done -> settle(call, Signal.SENT, ""), error -> {
                LOG.error("The staff call's signal failed: {}", OnFx.why(error));
                settle(call, Signal.FAILED, OnFx.why(error));
            });
        }
    }

    /** Staff answered the waiting call on the staff screen. */
    public void answer() {
        if (waiting.get().isEmpty()) {
            return;
        }
        waiting.set(Optional.empty());
        LOG.info("Staff answered the call");
        CompletableFuture<Void> lowered = signal.lower();
        lowered.whenComplete((done, error) -> {
            if (error != null) {
                LOG.error("The staff call's signal could not be lowered: {}", OnFx.why(error));
            }
        });
    }

    /** The signal's outcome, if its call is still the one waiting. */
    private void settle(Call call, Signal outcome, String detail) {
        if (waiting.get().filter(call::equals).isPresent()) {
            waiting.set(Optional.of(new Call(call.at(), call.stepId(), call.titleKey(), outcome, detail)));
        }
    }
}
