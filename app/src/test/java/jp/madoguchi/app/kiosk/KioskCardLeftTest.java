package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * A resident who gives up on the PIN pad and walks away leaves the card on the reader: the start screen calls it out
 * until the card is taken, from what the real reader service reports.
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
}
