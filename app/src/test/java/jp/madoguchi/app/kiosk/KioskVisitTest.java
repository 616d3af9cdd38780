package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.madoguchi.app.output.document.Certificates;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.Misbehaviour;
import jp.madoguchi.card.virtual.ResponseHooks;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CardProblemKind;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PinLocked;
import jp.madoguchi.issuance.visit.step.PinNotice;
import jp.madoguchi.issuance.visit.step.StatementPrint;
import jp.madoguchi.issuance.visit.step.UnlockRoute;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Whole visits through the kiosk screen on the virtual card: the real reader service, visit state machine, rules
 * engine and sample registry, with the in-memory output ports. Each test gets a fresh card and kiosk.
 */
class KioskVisitTest extends KioskWindowTest {
    private static final Set<String> ORDER_STEPS = Set.of("choose-options", "choose-subjects", "choose-copies");
    @Test
    void issuesAResidentRecordFromServiceToThankYou(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.toPinEntry("default");
        kiosk.enterPin("1234");
        kiosk.await("remove-card");
        kiosk.reader.remove();
        kiosk.await("choose-municipality");
        kiosk.tap("municipality-residence");
        kiosk.await("choose-certificate");
        kiosk.tap("certificate-juminhyo");
        while (ORDER_STEPS.contains(kiosk.session.visits().current().step().id())) {
            String step = kiosk.session.visits().current().step().id();
            kiosk.tap("next");
            kiosk.awaitLeaving(step);
        }
        kiosk.await("confirm");
        assertThat(kiosk.text("step-title")).isEqualTo(japanese.tr("confirm.title"));
        kiosk.tap("confirm-proceed");
        kiosk.await("payment");
        kiosk.insertCash(100);
        kiosk.insertCash(500);
        kiosk.await("take-documents");
        assertThat(kiosk.text("demo-cash-change")).isEqualTo(japanese.tr("demoCash.change", 400));
        assertThat(kiosk.data.resolve("spool")).as("previews shown until the resident leaves").isNotEmptyDirectory();
        kiosk.awaitTrue(() -> kiosk.visible("#demo-preview"));
        kiosk.tap("ok");
        kiosk.await("attract");

        assertThat(kiosk.data.resolve("spool")).as("the visit's spool is deleted at its end").isEmptyDirectory();
        assertThat(kiosk.session.outputs().journal().verify().intact()).isTrue();
        assertThat(kiosk.session.outputs().journal().records()).extracting(record -> record.type())
                .contains("payment-due", "cash-inserted", "change-returned", "document-issued", "print-finished",
                        "visit-ended");

        assertThat(kiosk.session.staffConsole(() -> { }).recentVisits())
                .first().extracting(outcome -> outcome.reason()).isEqualTo(EndReason.COMPLETED);

        // The same card's account inquiry: this visit from the SQLite journal, and the sample balance.
        kiosk.tap("service-account-inquiry");
        kiosk.await("place-card");
        kiosk.place("default");
        kiosk.await("pin-entry");
        kiosk.enterPin("1234");
        kiosk.await("remove-card");
        kiosk.reader.remove();
        kiosk.await("account-inquiry");
        AccountStatement statement = kiosk.step(AccountInquiry.class).statement();
        assertThat(statement.visits()).singleElement().satisfies(visit -> {
            assertThat(visit.certificates()).containsExactly("juminhyo");
            assertThat(visit.feeYen()).isEqualTo(200);
            assertThat(visit.refundDueYen()).isZero();
        });
        assertThat(statement.balanceYen()).isEqualTo(300);
        assertThat(KioskHarness.flat(kiosk.text("step-title")))
                .isEqualTo(KioskHarness.flat(japanese.tr("attract.service.account")));

        // The statement on paper (the spool printer here; CUPS in VirtualCardVisitThroughCupsTest).
        kiosk.tap("print-statement");
        kiosk.awaitWhere(AccountInquiry.class, inquiry -> inquiry.print() instanceof StatementPrint.Printed);
        assertThat(kiosk.visible("#print-statement")).as("one copy only").isFalse();
        List<Path> spooled;
        try (Stream<Path> files = Files.walk(kiosk.data.resolve("spool"))) {
            spooled = files.filter(file -> file.toString().endsWith(".pdf")).toList();
        }
        assertThat(spooled).singleElement().satisfies(pdf -> assertThat(Certificates.text(Files.readAllBytes(pdf)))
                .contains("ご利用履歴・残高照会", "播磨町", "住民票の写し", "200円", "300円"));
        kiosk.awaitTrue(() -> kiosk.visible("#demo-preview"));
        kiosk.tap("ok");
        kiosk.await("attract");
        assertThat(kiosk.data.resolve("spool")).as("the statement is deleted with the visit").isEmptyDirectory();
        assertThat(kiosk.session.outputs().journal().records()).extracting(record -> record.type())
                .containsOnlyOnce("statement-issued");
        assertThat(kiosk.session.outputs().sheets().visitsHeld()).isZero();
    }

    @Test
    void aWrongPinShowsTheCardsCountThenTheRightPinGoesOn(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.toPinEntry("default");

        kiosk.enterPin("9999");
        kiosk.awaitWhere(PinEntry.class, entry -> entry.notice() == PinNotice.WRONG_PIN);

        assertThat(kiosk.step(PinEntry.class).triesLeft()).isEqualTo(2);
        assertThat(KioskHarness.flat(kiosk.text("pin-notice")))
                .isEqualTo(KioskHarness.flat(japanese.tr("pin.wrong", 2)));
        kiosk.enterPin("1234");
        kiosk.await("remove-card");
    }

    @Test
    void theThirdWrongPinLocksAfterTheResidentConfirmsTheLastTry(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.toPinEntry("default");
        kiosk.enterPin("9999");
        kiosk.awaitWhere(PinEntry.class, entry -> entry.notice() == PinNotice.WRONG_PIN);
        kiosk.enterPin("9998");
        kiosk.await("last-try-warning");
        assertThat(kiosk.step(LastTryWarning.class).afterWrongPin()).isTrue();

        kiosk.tap("confirm-last-try");
        kiosk.await("pin-entry");
        kiosk.enterPin("9997");
        kiosk.await("pin-locked");

        assertThat(kiosk.step(PinLocked.class).unlockRoutes()).contains(UnlockRoute.MUNICIPAL_COUNTER);
        assertThat(kiosk.visible("#unlock-municipal_counter")).isTrue();
    }

    /** The card answers the right PIN with 6C00: no second VERIFY, 3 tries kept, and the screen says so. */
    @Test
    void aRightPinAnsweredWithoutAVerdictKeepsItsTryAndTheScreenTellsTheCardsCount(FxRobot robot)
            throws Exception {
        kiosk = KioskHarness.open(robot);
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        card.misbehave(Misbehaviour.answer(Misbehaviour.Target.PIN_VERIFY, 0x6C00));
        robot.clickOn("#service-certificates");
        kiosk.await("place-card");
        kiosk.reader.insert(card);
        kiosk.await("pin-entry");
        kiosk.enterPin("1234");
        kiosk.await("card-problem");

        assertThat(kiosk.step(CardProblem.class).kind()).isEqualTo(CardProblemKind.PIN_UNCONFIRMED);
        assertThat(kiosk.text("problem-message"))
                .isEqualTo(japanese.tr(CardProblemKind.PIN_UNCONFIRMED.messageKey(), 3));
        assertThat(card.pinVerifications()).isEqualTo(1);
        assertThat(card.triesLeft(PinKind.AUTH)).isEqualTo(3);
    }

    /** The journal records why the visit ended exactly: an unreadable card is not a crash. */
    @Test
    void aCardThatCannotBeReadIsJournaledAsUnreadable(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        card.respondWith(ResponseHooks.always(Hex.parse("6F00")));
        robot.clickOn("#service-certificates");
        kiosk.await("place-card");
        kiosk.reader.insert(card);
        kiosk.await("aborted");

        assertThat(kiosk.step(Aborted.class).reason()).isEqualTo(AbortReason.CARD_UNREADABLE);
        Journal journal = kiosk.session.outputs().journal();
        kiosk.awaitTrue(() -> journal.records().stream().anyMatch(r -> r.entry() instanceof JournalEntry.Ended));
        assertThat(journal.records()).extracting(JournalRecord::entry).filteredOn(JournalEntry.Ended.class::isInstance)
                .singleElement().satisfies(e -> {
                    assertThat(((JournalEntry.Ended) e).reason()).isEqualTo(EndReason.CARD_UNREADABLE);
                    assertThat(((JournalEntry.Ended) e).lastStep()).isEqualTo("reading-card");
                });
    }

    @Test
    void removingTheCardAtThePinPadAbortsTheVisit(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.toPinEntry("default");

        kiosk.reader.remove();
        kiosk.await("aborted");

        assertThat(kiosk.step(Aborted.class).reason()).isEqualTo(AbortReason.CARD_REMOVED);
        assertThat(kiosk.text("step-title")).isEqualTo(japanese.tr("abort.cardRemoved.title"));
    }

    @Test
    void anIdleVisitWarnsThenReturnsToTheAttractScreen(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot, 10, 1, 2);
        robot.clickOn("#service-certificates");
        kiosk.await("place-card");

        kiosk.awaitTrue(() -> kiosk.visible("#idle-overlay"));
        assertThat(kiosk.text("countdownText")).contains("秒");
        kiosk.await("attract");

        assertThat(kiosk.visible("#idle-overlay")).isFalse();
        assertThat(kiosk.session.staffConsole(() -> { }).recentVisits())
                .first().extracting(outcome -> outcome.reason()).isEqualTo(EndReason.TIMED_OUT);
    }
}
