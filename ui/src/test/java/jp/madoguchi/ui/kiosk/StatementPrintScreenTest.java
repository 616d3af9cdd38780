package jp.madoguchi.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.AccountVisit;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.IssueProblem;
import jp.madoguchi.issuance.visit.step.PrintingStatement;
import jp.madoguchi.issuance.visit.step.StatementPrint;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The account inquiry's print key, the printing screen, and what the resident is told afterwards. */
@KioskFxTest
class StatementPrintScreenTest {
    private static final AccountInquiry INQUIRY = new AccountInquiry(new MunicipalityCode("284645"),
            new AccountStatement(List.of(new AccountVisit(LocalDate.of(2026, 11, 2), List.of("juminhyo"), 300, 0)),
                    0));
    private final List<ResidentAction> sent = new CopyOnWriteArrayList<>();
    private final I18n i18n = new I18n();
    private KioskScreen screen;
    private long sequence;

    @Start
    void start(Stage stage) {
        screen = ScreenStage.show(stage, i18n, sent::add);
    }

    @Test
    void thePrintKeyAsksForTheStatement(FxRobot robot) {
        show(robot, INQUIRY);
        assertThat(text(robot, "#print-statement")).isEqualTo("明細を印刷する（無料）");
        robot.clickOn("#print-statement");
        assertThat(sent).filteredOn(a -> !(a instanceof ResidentAction.Touch))
                .containsExactly(new ResidentAction.PrintStatement());
    }

    @Test
    void whilePrintingThereIsNothingToPress(FxRobot robot) {
        show(robot, new PrintingStatement(INQUIRY));
        assertThat(robot.lookup("#printing-statement").tryQuery()).isPresent();
        assertThat(robot.lookup("#printing-statement .button").queryAll())
                .as("keys on the printing screen").isEmpty();
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("ご利用明細を印刷しています");
    }

    @Test
    void afterPrintingTheResidentIsToldToTakeItAndNoSecondCopyIsOffered(FxRobot robot) {
        show(robot, INQUIRY.withPrint(StatementPrint.PRINTED));
        assertThat(robot.lookup("#print-statement").tryQuery()).isEmpty();
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("ご利用明細を印刷しました。取り出し口からお取りください。");
        robot.clickOn("#ok");
        assertThat(sent).filteredOn(a -> !(a instanceof ResidentAction.Touch))
                .containsExactly(new ResidentAction.Confirm());
    }

    @Test
    void aFailedPrintSaysWhyAndOffersTheKeyAgain(FxRobot robot) {
        show(robot, INQUIRY.withPrint(new StatementPrint.Failed(IssueProblem.OUT_OF_PAPER)));
        assertThat(robot.lookup(".label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("用紙がなくなりました。")
                .anySatisfy(text -> assertThat(text).startsWith("ご利用明細を印刷できませんでした。"));
        assertThat(robot.lookup("#print-statement").tryQuery()).isPresent();
    }

    private void show(FxRobot robot, VisitStep step) {
        long next = ++sequence;
        robot.interact(() -> screen.show(new VisitSnapshot(next, Optional.empty(), new Language("ja"), step,
                Optional.empty(), false)));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
