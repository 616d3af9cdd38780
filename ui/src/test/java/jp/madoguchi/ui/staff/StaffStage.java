package jp.madoguchi.ui.staff;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.kiosk.KioskScreen;
import jp.madoguchi.ui.theme.KioskTheme;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The resident screen with the staff layer over it on the kiosk's 1920×1080 stage, as the kiosk builds it, on a
 * monotonic clock the test moves ({@link #later}).
 */
final class StaffStage {
    final AtomicLong now = new AtomicLong();
    final KioskScreen screen;
    final StaffDoor door;
    final Scene scene;

    StaffStage(Stage stage, I18n i18n, Optional<StaffPinHash> hash, StaffConsole console, StaffCalls calls) {
        door = new StaffDoor(i18n, hash, console, calls, Clock.systemUTC(), now::get);
        screen = new KioskScreen(i18n, action -> { }, door.corner(), calls);
        screen.addLayer(door.layer());
        screen.addTopControl(door.callNotice());
        scene = new Scene(screen.root(), 1920, 1080);
        KioskTheme.install(scene, i18n);
        stage.setScene(scene);
        stage.show();
    }

    static StaffCalls noCalls() {
        return StaffCalls.none(Clock.system(ZoneId.of("Asia/Tokyo")));
    }

    void later(long amount, TimeUnit unit) {
        now.addAndGet(unit.toNanos(amount));
    }

    static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(StaffStage::shown).orElse(false);
    }

    /** Visible itself and through every parent. */
    static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Every text shown under {@code query}, read on the FX thread. */
    static List<String> texts(FxRobot robot, String query) {
        return onFx(() -> {
            List<String> texts = new ArrayList<>();
            robot.lookup(query).queryAll().forEach(root -> collect(root, texts));
            return texts;
        });
    }

    private static void collect(Node node, List<String> texts) {
        if (!shown(node)) {
            return;
        }
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), texts);
        }
    }

    /** Runs a scene-graph query on the FX thread and waits for its answer. */
    static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("FX query failed", e);
        }
    }

    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
