package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.WhoseCard;
import org.junit.jupiter.api.Test;

/**
 * A card the last resident left on the reader used to be read at once for the next one, who then stood at a PIN pad
 * for someone else's card (Issue 14). Now the kiosk asks first and reads nothing until the answer.
 */
class CardLeftOnReaderTest {
    private final VisitHarness kiosk = new VisitHarness();

    @Test
    void aCardAlreadyOnTheReaderIsNotReadBeforeTheResidentSaysItIsTheirs() {
        kiosk.card.place();
        kiosk.start(Service.CERTIFICATES);

        assertThat(kiosk.step()).isEqualTo(new WhoseCard(Service.CERTIFICATES, false));
        assertThat(kiosk.card.requests()).as("nothing read from a card that may be another's").isEmpty();

        kiosk.act(new ResidentAction.CardOwner(true));
        assertThat(kiosk.step()).isInstanceOf(ReadingCard.class);
        kiosk.card.answerRead(kiosk.facts("default"));
        assertThat(kiosk.step()).isInstanceOf(PinEntry.class);
    }

    @Test
    void notTheirsAsksToTakeItOffThenWaitsForTheirOwnCard() {
        kiosk.card.place();
        kiosk.start(Service.CARD_CHECK);
        kiosk.act(new ResidentAction.CardOwner(false));

        assertThat(kiosk.step()).isEqualTo(new WhoseCard(Service.CARD_CHECK, true));
        kiosk.act(new ResidentAction.CardOwner(true));
        assertThat(kiosk.step()).as("a second answer changes nothing: the stranger's card is still there")
                .isEqualTo(new WhoseCard(Service.CARD_CHECK, true));
        assertThat(kiosk.card.requests()).isEmpty();

        kiosk.card.remove();
        assertThat(kiosk.step()).isEqualTo(new PlaceCard(Service.CARD_CHECK));
        kiosk.card.place();
        assertThat(kiosk.step()).isInstanceOf(ReadingCard.class);
    }

    @Test
    void cancellingTheQuestionEndsTheVisitWithTheCardUnread() {
        kiosk.card.place();
        kiosk.start(Service.ACCOUNT_INQUIRY);
        kiosk.act(new ResidentAction.Cancel());

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        assertThat(kiosk.lastEnd()).isEqualTo(EndReason.CANCELLED);
        assertThat(kiosk.card.requests()).isEmpty();
    }
}
