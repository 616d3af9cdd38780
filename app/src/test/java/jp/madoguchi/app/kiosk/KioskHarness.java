package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.stage.Stage;
import jp.madoguchi.app.voice.VoiceOutput;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import jp.madoguchi.issuance.rules.YearEndClosure;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.kiosk.KioskScreen;
import jp.madoguchi.ui.staff.StaffGesture;
import jp.madoguchi.ui.staff.StaffPinHash;
import jp.madoguchi.ui.voice.Speaker;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole kiosk for a test: the in-process virtual reader, the real reader service, visit runner, rules and
 * registry, and the kiosk window on its own stage, driven through the screen like a resident would.
 */
final class KioskHarness implements AutoCloseable {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final String STAFF_PIN = "246810";
    static final StaffPinHash STAFF_HASH = StaffPinHash.create(STAFF_PIN.toCharArray(), new SecureRandom());
    private static final long WAIT_S = 20;

    final KioskSession session;
    final VirtualReader reader;
    final FxRobot robot;
    /** The kiosk's journal and spool, deleted on close. */
    final Path data;
    private Stage stage;
    KioskScreen screen;
    /** Counted down when staff exit the kiosk. */
    CountDownLatch exited;

    private KioskHarness(KioskSession session, FxRobot robot, Path data) {
        this.session = session;
        this.data = data;
        this.reader = session.virtualReader().orElseThrow();
        this.robot = robot;
    }

    /** A kiosk with the given idle timing, on a clock set to the coming Tuesday at {@code hour}:00 in Tokyo. */
    static KioskHarness open(FxRobot robot, int hour, int idleAfterSeconds, int idleWarningSeconds) throws Exception {
        return open(robot, hour, idleAfterSeconds, idleWarningSeconds, null);
    }

    /** A kiosk whose home language is {@code language} (a tag; null for the default, Japanese). */
    static KioskHarness open(FxRobot robot, String language) throws Exception {
        return open(robot, 10, 60, 15, language);
    }

    /** A kiosk whose configuration {@code configure} changes (given the test data directory). */
    static KioskHarness open(FxRobot robot, BiFunction<KioskConfig, Path, KioskConfig> configure) throws Exception {
        return open(robot, 10, 60, 15, null, configure, VoiceOutput::speaker);
    }

    /** A kiosk whose voice guidance speaks through {@code speaker}. */
    static KioskHarness open(FxRobot robot, Speaker speaker) throws Exception {
        return open(robot, 10, 60, 15, null, (config, data) -> config, () -> Optional.of(speaker));
    }

    private static KioskHarness open(FxRobot robot, int hour, int idleAfterSeconds, int idleWarningSeconds,
            String language) throws Exception {
        return open(robot, hour, idleAfterSeconds, idleWarningSeconds, language, (config, data) -> config,
                VoiceOutput::speaker);
    }

    private static KioskHarness open(FxRobot robot, int hour, int idleAfterSeconds, int idleWarningSeconds,
            String language, BiFunction<KioskConfig, Path, KioskConfig> configure, Supplier<Optional<Speaker>> voice)
            throws Exception {
        Path data = Files.createTempDirectory("madoguchi-kiosk-");
        KioskConfig config = configure.apply(new KioskConfig(null, STAFF_HASH.encoded(), idleAfterSeconds,
                idleWarningSeconds, null, null, null, null, language, null, data.resolve("journal.db"),
                data.resolve("spool"), null, null, null, null, null, null), data);
        KioskHarness kiosk = new KioskHarness(KioskSession.open(config, CardSource.choose(true, Optional.empty()),
                tuesdayAt(hour)), robot, data);
        robot.interact(() -> {
            kiosk.stage = new Stage();
            KioskLauncher launcher = new KioskLauncher(kiosk.session, voice);
            kiosk.exited = launcher.exited();
            kiosk.screen = launcher.show(kiosk.stage, false);
        });
        kiosk.await("attract");
        return kiosk;
    }

    static KioskHarness open(FxRobot robot) throws Exception {
        return open(robot, 10, 60, 15);
    }

    /** Time runs on from the coming Tuesday's {@code hour}:00, so the kiosk's timers still fire. */
    static Clock tuesdayAt(int hour) {
        ZonedDateTime now = ZonedDateTime.now(TOKYO);
        ZonedDateTime then = now.with(TemporalAdjusters.next(DayOfWeek.TUESDAY)).withHour(hour).withMinute(0)
                .withSecond(0).withNano(0);
        while (YearEndClosure.DEFAULT.contains(then.toLocalDate())) {
            then = then.plusWeeks(1); // 12/29-1/3 every sample town is closed: the next Tuesday after it
        }
        return Clock.offset(Clock.system(TOKYO), Duration.between(now, then));
    }

    /** Waits until the visit is on {@code stepId} and its view is on screen. */
    void await(String stepId) throws TimeoutException {
        awaitTrue(() -> session.visits().current().step().id().equals(stepId) && shown("#" + stepId));
    }

    /**
     * Looks the node up on the FX thread: walking the scene graph from the test thread races the kiosk's view
     * changes (seen in CI as an IndexOutOfBoundsException inside Parent.lookupAll).
     */
    private boolean shown(String selector) {
        return onFx(() -> robot.lookup(selector).tryQuery().isPresent());
    }

    /** True when the node is on screen and visible, read on the FX thread. */
    boolean visible(String selector) {
        return onFx(() -> robot.lookup(selector).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Runs a scene-graph query on the FX thread and waits for its answer. */
    <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(WAIT_S, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX query failed", e);
        }
    }

    /** Waits until the visit has left {@code stepId} (a key press was handled). */
    void awaitLeaving(String stepId) throws TimeoutException {
        awaitTrue(() -> !session.visits().current().step().id().equals(stepId));
    }

    /** Waits until the visit is on a {@code type} step that satisfies {@code condition}. */
    <T extends VisitStep> void awaitWhere(Class<T> type, Predicate<T> condition) throws TimeoutException {
        awaitTrue(() -> type.isInstance(session.visits().current().step())
                && condition.test(type.cast(session.visits().current().step())));
    }

    void awaitTrue(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Text without the line breaks the kiosk's labels insert. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    <T extends VisitStep> T step(Class<T> type) {
        VisitStep step = session.visits().current().step();
        assertThat(step).isInstanceOf(type);
        return type.cast(step);
    }

    /** Clicks the node with {@code id} on the current step's page (staff layers have keys with the same ids). */
    void tap(String id) {
        String page = session.visits().current().step().id();
        Node node = onFx(() -> robot.from(robot.lookup("#" + page).queryAs(Node.class)).lookup("#" + id).query());
        robot.clickOn(node);
    }

    /** Taps a coin or note key of the demonstration cash panel once the panel takes money. */
    void insertCash(int yen) throws TimeoutException {
        String id = "#demo-cash-" + yen;
        awaitTrue(() -> onFx(() -> robot.lookup(id).tryQuery().filter(Node::isVisible)
                .filter(key -> !key.isDisabled()).isPresent()));
        WaitForAsyncUtils.waitForFxEvents(); // the panel has just been laid out
        Node key = onFx(() -> robot.lookup(id).queryAs(Node.class));
        robot.clickOn(key);
    }

    void place(String holder) {
        reader.insert(Holders.byId(holder));
    }

    /** The hidden gesture and the staff PIN, as staff open the staff screen. */
    void openStaffScreen() throws TimeoutException {
        for (int i = 0; i < StaffGesture.TAPS; i++) {
            robot.clickOn("#staff-corner");
        }
        awaitTrue(() -> visible("#staff-pin-prompt"));
        Node prompt = onFx(() -> robot.lookup("#staff-pin-prompt").query());
        for (char digit : STAFF_PIN.toCharArray()) {
            robot.clickOn(onFx(() -> robot.from(prompt).lookup("#pinKey" + digit).queryAs(Node.class)));
        }
        robot.clickOn(onFx(() -> robot.from(prompt).lookup("#pinSubmit").queryAs(Node.class)));
        awaitTrue(() -> visible("#staff-screen"));
    }

    void enterPin(String pin) {
        for (char digit : pin.toCharArray()) {
            tap("pinKey" + digit);
        }
        tap("pinSubmit");
    }

    /** From the attract screen to the PIN pad with {@code holder}'s card. */
    void toPinEntry(String holder) throws TimeoutException {
        robot.clickOn("#service-certificates");
        await("place-card");
        place(holder);
        await(holder.equals("last-try") ? "last-try-warning" : "pin-entry");
    }

    String text(String id) {
        return onFx(() -> robot.lookup("#" + id).queryLabeled().getText());
    }

    @Override
    public void close() {
        robot.interact(() -> {
            if (stage != null) {
                stage.close();
            }
        });
        session.close();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
