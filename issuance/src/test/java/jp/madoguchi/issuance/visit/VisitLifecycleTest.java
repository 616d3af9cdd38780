package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.madoguchi.issuance.visit.card.PinOutcome;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.Hotline;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ThankYou;
import org.junit.jupiter.api.Test;

/** Language (the visit's, and the kiosk's home language), the card-less services, snapshots, and what is left of a visit after it ends: nothing. */
class VisitLifecycleTest {
    private static final Language ENGLISH = new Language("en");
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void theLanguageChangesMidVisitWithoutLosingTheStep() {
        kiosk.toOptions().next();
        ChooseSubjects before = kiosk.step(ChooseSubjects.class);

        kiosk.act(new ResidentAction.ChooseLanguage(ENGLISH));
        assertThat(kiosk.machine.snapshot().language()).isEqualTo(ENGLISH);
        assertThat(kiosk.step()).isEqualTo(before);

        kiosk.act(new ResidentAction.Cancel());
        kiosk.act(new ResidentAction.Cancel());
        assertThat(kiosk.machine.snapshot().language()).isEqualTo(Language.JAPANESE);
    }

    @Test
    void aKioskWithAnotherHomeLanguageStartsInItAndJournalsTheVisitsLanguage() {
        VisitHarness english = new VisitHarness(VisitSettings.defaults(VisitHarness.SALT).withHomeLanguage(ENGLISH));

        assertThat(english.machine.snapshot().language()).isEqualTo(ENGLISH);
        english.toPinEntry("default");
        assertThat(english.machine.snapshot().language()).isEqualTo(ENGLISH);
        assertThat(english.journal.entries().get(0)).isInstanceOfSatisfying(JournalEntry.Started.class,
                started -> assertThat(started.language()).isEqualTo(ENGLISH));
    }

    @Test
    void everyWayAVisitEndsReturnsToTheHomeLanguageNotTheResidentsChoice() {
        Language thai = new Language("th");
        VisitHarness kiosk = new VisitHarness(VisitSettings.defaults(VisitHarness.SALT).withHomeLanguage(ENGLISH));

        kiosk.act(new ResidentAction.ChooseLanguage(thai));
        kiosk.toOptions().act(new ResidentAction.Cancel());
        kiosk.act(new ResidentAction.Cancel()); // after the PIN, cancel asks first
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.machine.snapshot().language()).as("cancelled").isEqualTo(ENGLISH);

        kiosk.act(new ResidentAction.ChooseLanguage(thai));
        kiosk.toTakeDocuments().next();
        assertThat(kiosk.step()).isInstanceOf(ThankYou.class);
        assertThat(kiosk.machine.snapshot().language()).as("thank-you is still the resident's").isEqualTo(thai);
        kiosk.elapse(Duration.ofSeconds(5));
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.machine.snapshot().language()).as("completed").isEqualTo(ENGLISH);

        kiosk.act(new ResidentAction.ChooseLanguage(new Language("ko")));
        kiosk.toPinEntry("default");
        kiosk.elapse(Duration.ofSeconds(75));
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.machine.snapshot().language()).as("timed out").isEqualTo(ENGLISH);
        kiosk.card.remove(); // the walked-away resident's card, else the next visit asks whose it is

        kiosk.act(new ResidentAction.ChooseLanguage(Language.JAPANESE));
        kiosk.toPinEntry("default");
        kiosk.card.remove();
        kiosk.act(new ResidentAction.Confirm());
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.machine.snapshot().language()).as("aborted").isEqualTo(ENGLISH);
    }

    @Test
    void theLanguageChosenOnTheAttractScreenCarriesIntoTheVisit() {
        kiosk.act(new ResidentAction.ChooseLanguage(new Language("ja-EASY")));
        kiosk.toPinEntry("default");

        assertThat(kiosk.machine.snapshot().language().tag()).isEqualTo("ja-EASY");
        assertThat(kiosk.step()).isInstanceOf(PinEntry.class);
    }

    @Test
    void aNewVisitStartsFromNothing() {
        kiosk.toConfirm();
        VisitId first = kiosk.visitId();
        kiosk.act(new ResidentAction.SetCopies(3));
        kiosk.act(new ResidentAction.Cancel());
        kiosk.act(new ResidentAction.Cancel());

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.machine.snapshot().visit()).isEmpty();
        assertThat(kiosk.documents.visitsHeld()).isZero();

        kiosk.toOptions();
        assertThat(kiosk.visitId()).isNotEqualTo(first);
        assertThat(kiosk.step(ChooseOptions.class).chosen().included()).isEmpty();
        Confirm confirm = kiosk.next().next().next().step(Confirm.class);
        assertThat(confirm.order().copies()).isEqualTo(1);
        assertThat(confirm.order().subjects()).hasSize(1);
    }

    @Test
    void helpListsTheHotlinesAndTheLostCardSteps() {
        kiosk.start(Service.HELP);

        Help help = kiosk.step(Help.class);
        assertThat(help.hotlines()).extracting(Hotline::number)
                .containsExactly("0120-95-0178", "0120-0178-27", "0120-0178-26");
        assertThat(help.lostCardSteps()).hasSize(4);
        kiosk.act(new ResidentAction.Back());
        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.INFORMATION_SHOWN, 1);
    }

    @Test
    void snapshotsAreNumberedAndOnlyPublishedOnChange() {
        kiosk.toPinEntry("default");
        kiosk.act(new ResidentAction.Touch());
        kiosk.act(new ResidentAction.ConfirmLastTry());

        assertThat(kiosk.snapshots).extracting(VisitSnapshot::sequence)
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(kiosk.snapshots).extracting(snapshot -> snapshot.step().id())
                .containsExactly("attract", "place-card", "reading-card", "pin-entry");
    }

    @Test
    void noSnapshotOrJournalEntryCarriesAPinACertificateOrAPersonalNumber() {
        kiosk.toPinEntry("default").enterPin("9876");
        kiosk.card.answerPin(new PinOutcome.Wrong(2));
        kiosk.enterPin("1234");
        kiosk.card.answerPin(Cards.verified(kiosk.facts("default")));
        kiosk.card.remove();
        kiosk.act(new ResidentAction.ChooseMunicipality(MunicipalityRole.RESIDENCE));

        String everything = kiosk.snapshots.toString() + kiosk.journal.entries();
        String serial = kiosk.facts("default").authCertificate().getSerialNumber().toString(16);
        assertThat(everything).doesNotContain("9876", "1234", "JPKITEST", "00009999", serial)
                .doesNotContainIgnoringCase("BEGIN CERTIFICATE");
        assertThat(kiosk.step().id()).isEqualTo("choose-certificate");
    }
}
