package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import org.junit.jupiter.api.Test;

/**
 * Help from any screen that waits for the resident, over the visit, in the resident's language. Before, help was only
 * on the start screen, and going back from it switched the kiosk to Japanese.
 */
class HelpOverVisitTest {
    private static final Language VIETNAMESE = new Language("vi");
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void backFromHelpOnTheStartScreenKeepsTheResidentsLanguage() {
        kiosk.act(new ResidentAction.ChooseLanguage(VIETNAMESE));
        kiosk.start(Service.HELP);
        assertThat(kiosk.step(Help.class).yourLine().number()).isEqualTo("0120-0178-27");

        kiosk.act(new ResidentAction.Back());

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.machine.snapshot().language()).isEqualTo(VIETNAMESE);
        assertThat(kiosk.lastEnd()).isEqualTo(EndReason.INFORMATION_SHOWN);
    }

    @Test
    void aStartScreenLeftInTheResidentsLanguageReturnsToTheHomeLanguageWhenIdle() {
        kiosk.act(new ResidentAction.ChooseLanguage(VIETNAMESE));
        kiosk.start(Service.HELP);
        kiosk.act(new ResidentAction.Back());

        kiosk.elapse(Duration.ofSeconds(76));

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.machine.snapshot().language()).isEqualTo(Language.JAPANESE);
        assertThat(kiosk.machine.nextDeadline()).as("the home screen in the home language waits without a timer")
                .isEmpty();
    }

    @Test
    void helpOverThePinPadReturnsToItAsItWasInTheSameLanguage() {
        kiosk.act(new ResidentAction.ChooseLanguage(VIETNAMESE));
        kiosk.toPinEntry("default").enterPin("9999");
        kiosk.card.answerPin(new jp.madoguchi.issuance.visit.card.PinOutcome.Wrong(2));
        PinEntry pad = kiosk.step(PinEntry.class);

        kiosk.act(new ResidentAction.ShowHelp());
        assertThat(kiosk.step()).isInstanceOf(Help.class);
        kiosk.act(new ResidentAction.EnterPin("1234".toCharArray()));
        assertThat(kiosk.card.pinsSent()).as("no PIN is taken while help covers the pad").hasSize(1);
        kiosk.act(new ResidentAction.Back());

        assertThat(kiosk.step()).isEqualTo(pad);
        assertThat(kiosk.machine.snapshot().language()).isEqualTo(VIETNAMESE);
    }

    @Test
    void whatHappensUnderHelpIsShown() {
        kiosk.toPinEntry("default");
        kiosk.act(new ResidentAction.ShowHelp());

        kiosk.card.remove();

        assertThat(kiosk.step()).isEqualTo(new Aborted(AbortReason.CARD_REMOVED));
    }

    @Test
    void screensThatGoOnByThemselvesOfferNoHelp() {
        kiosk.toPinEntry("default").enterPin("1234");
        assertThat(VisitMachine.offersHelp(kiosk.step())).isFalse();

        kiosk.act(new ResidentAction.ShowHelp());

        assertThat(kiosk.step()).isInstanceOf(CheckingPin.class);
    }

    @Test
    void helpLeftOpenOverTheOutOfServiceScreenTimesOutToTheHomeLanguage() {
        kiosk.machine.onHealth(new ServiceHealth(List.of(new ServiceHealth.Outage(ServiceCheck.PRINTER, "stopped"))));
        kiosk.act(new ResidentAction.ChooseLanguage(VIETNAMESE));
        kiosk.act(new ResidentAction.ShowHelp());
        assertThat(kiosk.step()).isInstanceOf(Help.class);

        kiosk.elapse(Duration.ofSeconds(76));

        assertThat(kiosk.step()).isInstanceOf(OutOfService.class);
        assertThat(kiosk.machine.snapshot().language()).isEqualTo(Language.JAPANESE);
    }
}
