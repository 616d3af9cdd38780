package jp.madoguchi.card.virtual.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.card.apdu.Hex;
import org.junit.jupiter.api.Test;

/** The fuzz run's PIN check catches each way a VERIFY may go out against the policy. */
class VerifyLedgerTest {
    private static final byte[] SELECT_AUTH_PIN = Hex.parse("00A4020C020018");
    private static final byte[] SELECT_SIGN_PIN = Hex.parse("00A4020C02001B");
    private static final byte[] TRIES = Hex.parse("00200080");
    private static final byte[] VERIFY = Hex.parse("002000800439393939");

    @Test
    void oneVerifyAfterACountOfTwoOrMoreIsPermitted() {
        VerifyLedger ledger = new VerifyLedger();
        ledger.attempting(false, false);

        query(ledger, SELECT_AUTH_PIN, "63C2");
        ledger.reached(VERIFY, true);

        assertThat(ledger.verifies()).isEqualTo(1);
        assertThat(ledger.unpermitted()).isZero();
        assertThat(ledger.consumed()).isZero();
    }

    @Test
    void aSecondVerifyOnOneCountIsATryConsumed() {
        VerifyLedger ledger = new VerifyLedger();
        ledger.attempting(false, false);
        query(ledger, SELECT_AUTH_PIN, "63C3");
        ledger.reached(VERIFY, true);

        ledger.reached(VERIFY, true);

        assertThat(ledger.unpermitted()).isEqualTo(1);
        assertThat(ledger.consumed()).isEqualTo(1);
    }

    @Test
    void noCountBlockedAnUnconfirmedLastTryOrAnotherPinsCountPermitNothing() {
        for (String answer : new String[] {"9000", "63C0", "6983", "6984", "63C1", "6F00"}) {
            VerifyLedger ledger = new VerifyLedger();
            ledger.attempting(false, false);
            query(ledger, SELECT_AUTH_PIN, answer);
            ledger.reached(VERIFY, false);
            assertThat(ledger.unpermitted()).as(answer).isEqualTo(1);
        }
        VerifyLedger other = new VerifyLedger();
        other.attempting(true, false);
        query(other, SELECT_SIGN_PIN, "63C5");
        other.reached(VERIFY, false);
        assertThat(other.unpermitted()).isEqualTo(1);
    }

    @Test
    void aConfirmedLastTryIsPermittedButTheRightPinMustNeverCostOne() {
        VerifyLedger ledger = new VerifyLedger();
        ledger.attempting(true, true);
        query(ledger, SELECT_AUTH_PIN, "63C1");

        ledger.reached(VERIFY, true);

        assertThat(ledger.unpermitted()).isZero();
        assertThat(ledger.consumed()).as("the typed PIN was right, yet the card counted it").isEqualTo(1);
    }

    private static void query(VerifyLedger ledger, byte[] select, String answer) {
        ledger.reached(select, false);
        ledger.received(select, Hex.parse("9000"));
        ledger.reached(TRIES, false);
        ledger.received(TRIES, Hex.parse(answer));
    }
}
