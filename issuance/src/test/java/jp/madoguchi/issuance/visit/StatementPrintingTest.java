package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.port.AccountStatement;
import jp.madoguchi.issuance.visit.port.AccountVisit;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PrintEvent;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.port.SerialHash;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.IssueProblem;
import jp.madoguchi.issuance.visit.step.PrintingStatement;
import jp.madoguchi.issuance.visit.step.StatementPrint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Printing the account statement from ご利用履歴・残高照会: one free copy, through the print port, nothing kept. */
class StatementPrintingTest {
    private static final MunicipalityCode HARIMA = new MunicipalityCode("284645");
    private static final AccountStatement TARO = new AccountStatement(List.of(
            new AccountVisit(LocalDate.of(2026, 11, 2), List.of("inkan-toroku"), 300, 300)), 200);

    private final VisitHarness kiosk = new VisitHarness();

    @BeforeEach
    void accounts() {
        kiosk.accounts.put(hash("default"), "default", HARIMA, TARO);
    }

    @Test
    void theStatementIsRenderedForThisCardAndResidentAndPrintedAsOneDocument() {
        AccountInquiry inquiry = kiosk.toAccountInquiry("default").step(AccountInquiry.class);
        assertThat(inquiry.print()).isEqualTo(StatementPrint.NOT_PRINTED);
        assertThat(inquiry.printable()).isTrue();

        kiosk.act(new ResidentAction.PrintStatement());

        assertThat(kiosk.step()).isEqualTo(new PrintingStatement(inquiry));
        VisitId visit = kiosk.visitId();
        assertThat(kiosk.printer.lastJob().visit()).isEqualTo(visit);
        assertThat(kiosk.printer.lastJob().documents()).hasSize(1).isEqualTo(kiosk.documents.held(visit));
        assertThat(kiosk.documents.statements()).isEqualTo(1);
        assertThat(kiosk.documents.issued()).as("no certificate was issued").isZero();
        assertThat(kiosk.journal.entries(visit)).filteredOn(JournalEntry.StatementIssued.class::isInstance)
                .singleElement().extracting(e -> ((JournalEntry.StatementIssued) e).document())
                .isEqualTo(kiosk.printer.lastJob().documents().get(0));
    }

    @Test
    void onceItCameOutTheScreenSaysSoOffersNoSecondCopyAndForgetsTheRenderedStatement() {
        kiosk.toAccountInquiry("default").act(new ResidentAction.PrintStatement());
        VisitId visit = kiosk.visitId();
        kiosk.printer.progress(1);
        assertThat(kiosk.step()).isInstanceOf(PrintingStatement.class);
        kiosk.printer.complete();

        AccountInquiry after = kiosk.step(AccountInquiry.class);
        assertThat(after.print()).isEqualTo(StatementPrint.PRINTED);
        assertThat(after.printable()).isFalse();
        assertThat(after.statement()).isEqualTo(TARO);
        assertThat(kiosk.documents.held(visit)).isEmpty();
        assertThat(kiosk.journal.entries(visit)).contains(new JournalEntry.PrintFinished(visit,
                kiosk.clock.instant(), Optional.empty()));

        kiosk.act(new ResidentAction.PrintStatement());
        assertThat(kiosk.printer.jobs()).as("a second tap prints nothing").hasSize(1);

        kiosk.act(new ResidentAction.Confirm());
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.INFORMATION_SHOWN, 1);
    }

    @Test
    void aPrinterFailureIsShownOnTheStatementScreenAndTheResidentMayTryAgain() {
        kiosk.toAccountInquiry("default").act(new ResidentAction.PrintStatement());
        kiosk.printer.fail(PrintFailure.OUT_OF_PAPER);

        AccountInquiry failed = kiosk.step(AccountInquiry.class);
        assertThat(failed.print()).isEqualTo(new StatementPrint.Failed(IssueProblem.OUT_OF_PAPER));
        assertThat(failed.printable()).isTrue();
        assertThat(kiosk.documents.held(kiosk.visitId())).isEmpty();

        kiosk.act(new ResidentAction.PrintStatement());
        kiosk.printer.complete();
        assertThat(kiosk.step(AccountInquiry.class).print()).isEqualTo(StatementPrint.PRINTED);
        assertThat(kiosk.printer.jobs()).hasSize(2);
        assertThat(kiosk.printer.jobs().get(0).documents()).doesNotContainAnyElementsOf(
                kiosk.printer.jobs().get(1).documents());
    }

    @Test
    void aStatementThatCannotBeRenderedIsNeverSentToThePrinter() {
        kiosk.toAccountInquiry("default");
        kiosk.documents.failNext();
        kiosk.act(new ResidentAction.PrintStatement());

        assertThat(kiosk.step(AccountInquiry.class).print())
                .isEqualTo(new StatementPrint.Failed(IssueProblem.DOCUMENT_UNAVAILABLE));
        assertThat(kiosk.printer.jobs()).isEmpty();
    }

    @Test
    void whilePrintingNeitherCancelNorIdleTimeEndTheVisit() {
        kiosk.toAccountInquiry("default").act(new ResidentAction.PrintStatement());
        kiosk.act(new ResidentAction.Cancel());
        kiosk.act(new ResidentAction.Back());
        kiosk.elapse(Duration.ofMinutes(10));
        assertThat(kiosk.step()).isInstanceOf(PrintingStatement.class);

        kiosk.printer.complete();
        assertThat(kiosk.step(AccountInquiry.class).print()).isEqualTo(StatementPrint.PRINTED);
    }

    @Test
    void anEventForAnotherVisitDoesNotEndThisPrint() {
        kiosk.toAccountInquiry("default").act(new ResidentAction.PrintStatement());
        kiosk.machine.onPrint(new PrintEvent.Completed(VisitId.random()));
        assertThat(kiosk.step()).isInstanceOf(PrintingStatement.class);
    }

    @Test
    void leavingAfterPrintingErasesEverythingRendered() {
        kiosk.toAccountInquiry("default").act(new ResidentAction.PrintStatement());
        VisitId visit = kiosk.visitId();
        kiosk.act(new ResidentAction.Back());
        assertThat(kiosk.step()).isInstanceOf(PrintingStatement.class);
        kiosk.printer.complete();
        kiosk.act(new ResidentAction.Back());
        assertThat(kiosk.documents.held(visit)).isEmpty();
        assertThat(kiosk.documents.visitsHeld()).isZero();
    }

    @Test
    void theStatementNumberIsJournaledButNotCountedAsACertificate() {
        kiosk.toAccountInquiry("default").act(new ResidentAction.PrintStatement());
        List<JournalEntry> entries = kiosk.journal.entries(kiosk.visitId());
        assertThat(entries).noneMatch(JournalEntry.DocumentsIssued.class::isInstance);
        assertThat(entries).filteredOn(JournalEntry.StatementIssued.class::isInstance)
                .extracting(e -> ((JournalEntry.StatementIssued) e).document()).extracting(DocumentNumber::value)
                .singleElement().asString().startsWith("MS-");
    }

    private SerialHash hash(String holder) {
        return VisitHarness.SALT.hash(kiosk.facts(holder).authCertificate().getSerialNumber());
    }
}
