package jp.madoguchi.ui.staff;

import static jp.madoguchi.ui.staff.StaffStage.texts;
import static jp.madoguchi.ui.staff.StaffStage.visible;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.IssueProblem;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The call-staff key on the issue-failed screen: one press raises the signal once however often it is pressed, a
 * signal that fails says so on the staff screen with its reason, and answering lowers it and clears the notice.
 */
@KioskFxTest
class StaffCallsTest {
    private final AtomicInteger raised = new AtomicInteger();
    private final AtomicInteger lowered = new AtomicInteger();
    private StaffCalls calls;
    private StaffStage kiosk;

    @Start
    void start(Stage stage) {
        CallSignal jammedLamp = new CallSignal() {
            @Override
            public boolean present() {
                return true;
            }

            @Override
            public CompletableFuture<Void> raise() {
                raised.incrementAndGet();
                return CompletableFuture.failedFuture(new IllegalStateException("/usr/bin/gpioset exited with 1"));
            }

            @Override
            public CompletableFuture<Void> lower() {
                lowered.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            }
        };
        calls = new StaffCalls(true, jammedLamp, Clock.systemUTC());
        kiosk = new StaffStage(stage, new I18n(), Optional.empty(), new FixedConsole(), calls);
        kiosk.screen.show(new VisitSnapshot(1, Optional.of(new VisitId("V-0123456789abcdef")), Language.JAPANESE,
                new IssueFailed(IssueProblem.OUT_OF_PAPER, 400), Optional.empty(), false));
    }

    @Test
    void oneCallRaisesTheSignalOnceAFailedSignalIsShownWithItsReasonAndAnsweringClearsIt(FxRobot robot)
            throws Exception {
        assertThat(visible(robot, "#staff-call-notice")).isFalse();
        robot.clickOn("#call-staff");
        StaffStage.await(() -> visible(robot, "#staff-called") && visible(robot, "#staff-call-notice"));
        robot.interact(() -> calls.call("issue-failed", "issueFailed.title")); // a second press, had it been there
        assertThat(raised).hasValue(1);

        robot.interact(kiosk.door::openScreen);
        StaffStage.await(() -> StaffScreenTest.flat(texts(robot, "#staff-calls"))
                .contains("ランプ・ブザーなどに合図を送れませんでした"));
        assertThat(StaffScreenTest.flat(texts(robot, "#staff-calls"))).contains(
                "「証明書を発行できませんでした」の画面からの呼び出し", "詳細:/usr/bin/gpiosetexitedwith1");

        robot.clickOn("#staff-call-answer");
        StaffStage.await(() -> StaffScreenTest.flat(texts(robot, "#staff-calls")).contains("呼び出しはありません"));
        assertThat(lowered).hasValue(1);
        robot.clickOn("#staff-back");
        assertThat(visible(robot, "#staff-call-notice")).isFalse();
        assertThat(visible(robot, "#call-staff")).as("the key is back for the next call").isTrue();
        assertThat(List.of(raised.get(), lowered.get())).containsExactly(1, 1);
    }
}
