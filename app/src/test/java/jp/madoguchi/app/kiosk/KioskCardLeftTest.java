package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.issuance.visit.step.WhoseCard;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A resident who gives up on the PIN pad and walks away leaves the card on the reader: the start screen calls it out
 * until the card is taken, from what the real reader service reports, and the next resident is asked whose it is.
 */
class KioskCardLeftTest extends KioskWindowTest {

    @Test
    void theStartScreenRemindsOfACardLeftOnTheReaderUntilItIsTaken(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        assertThat(kiosk.visible("#card-left")).isFalse();
        kiosk.toPinEntry("default");

        kiosk.tap("cancel");
        kiosk.await("attract");

        kiosk.awaitTrue(() -> kiosk.visible("#card-left"));
        assertThat(kiosk.text("card-left-title")).isEqualTo(japanese.tr("cardLeft.title"));

        kiosk.reader.remove();

        kiosk.awaitTrue(() -> !kiosk.visible("#card-left"));
        assertThat(kiosk.text("step-title")).isEqualTo(japanese.tr("attract.title"));
    }

    /**
     * The next resident's 証明書の交付 used to go straight to a PIN pad for the forgotten card. Now they are asked
     * whose it is, before anything is read; "not mine" asks them to hand it in, and their own card is read after.
     */
    @Test
    void theNextResidentIsAskedWhoseTheCardIsBeforeItIsRead(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.toPinEntry("default");
        kiosk.tap("cancel");
        kiosk.await("attract");

        kiosk.tap("service-certificates");
        kiosk.await("whose-card");
        assertThat(KioskHarness.flat(kiosk.text("step-title"))).isEqualTo(KioskHarness.flat(
                japanese.tr("whoseCard.title")));
        kiosk.tap("not-mine");
        kiosk.awaitWhere(WhoseCard.class, WhoseCard::notMine);
        kiosk.awaitTrue(() -> KioskHarness.flat(kiosk.text("step-title")).equals(KioskHarness.flat(
                japanese.tr("whoseCard.notMine.title"))));

        kiosk.reader.remove();
        kiosk.await("place-card");
        kiosk.place("hanako");
        kiosk.await("pin-entry");
    }

    @Test
    void aResidentWhoPutTheirCardDownFirstSaysSoAndGoesOn(FxRobot robot) throws Exception {
        kiosk = KioskHarness.open(robot);
        kiosk.place("default");

        kiosk.tap("service-certificates");
        kiosk.await("whose-card");
        kiosk.tap("mine");

        kiosk.await("pin-entry");
    }
}
