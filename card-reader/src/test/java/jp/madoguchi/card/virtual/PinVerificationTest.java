package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.Apdus.SELECT_JPKI;
import static jp.madoguchi.card.virtual.Apdus.SELECT_KENHOJO;
import static jp.madoguchi.card.virtual.Apdus.read;
import static jp.madoguchi.card.virtual.Apdus.selectEf;
import static jp.madoguchi.card.virtual.Apdus.send;
import static jp.madoguchi.card.virtual.Apdus.sw;
import static jp.madoguchi.card.virtual.Apdus.triesQuery;
import static jp.madoguchi.card.virtual.Apdus.verify;
import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.card.jpki.JpkiFile;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.Test;

/** VERIFY, the tries query, lockout, and what survives a reset. */
class PinVerificationTest {
    private final VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());

    private void selectPin(int fid) {
        send(card, SELECT_JPKI);
        send(card, selectEf(fid));
    }

    @Test
    void emptyVerifyReportsTriesWithoutUsingOne() {
        selectPin(JpkiFile.AUTH_PIN);
        assertThat(send(card, triesQuery())).isEqualTo(0x63C3);
        assertThat(send(card, triesQuery())).isEqualTo(0x63C3);
        send(card, selectEf(JpkiFile.SIGN_PIN));
        assertThat(send(card, triesQuery())).isEqualTo(0x63C5);
    }

    @Test
    void emptyVerifyStays63CxWhenThePinIsVerified() {
        selectPin(JpkiFile.AUTH_PIN);
        assertThat(send(card, verify("1234"))).isEqualTo(0x9000);
        assertThat(send(card, triesQuery())).isEqualTo(0x63C3);
    }

    @Test
    void authPinLocksAfterThreeWrongTries() {
        selectPin(JpkiFile.AUTH_PIN);
        assertThat(send(card, verify("0000"))).isEqualTo(0x63C2);
        assertThat(send(card, verify("0000"))).isEqualTo(0x63C1);
        assertThat(send(card, verify("0000"))).isEqualTo(0x63C0);
        assertThat(send(card, verify("1234"))).isEqualTo(0x6984);
        assertThat(send(card, verify("0000"))).isEqualTo(0x6984);
        assertThat(send(card, triesQuery())).isEqualTo(0x63C0);
        assertThat(card.triesLeft(PinKind.AUTH)).isZero();
    }

    @Test
    void signPasswordLocksAfterFiveWrongTries() {
        selectPin(JpkiFile.SIGN_PIN);
        for (int left = 4; left >= 0; left--) {
            assertThat(send(card, verify("WRONG1"))).isEqualTo(0x63C0 | left);
        }
        assertThat(send(card, verify("ABC123"))).isEqualTo(0x6984);
        assertThat(send(card, triesQuery())).isEqualTo(0x63C0);
    }

    @Test
    void aWrongLengthPinCostsATry() {
        selectPin(JpkiFile.AUTH_PIN);
        assertThat(send(card, verify("12345"))).isEqualTo(0x63C2);
    }

    @Test
    void successRefillsTheCounter() {
        selectPin(JpkiFile.AUTH_PIN);
        send(card, verify("9999"));
        send(card, verify("9999"));
        assertThat(send(card, verify("1234"))).isEqualTo(0x9000);
        assertThat(send(card, triesQuery())).isEqualTo(0x63C3);
    }

    @Test
    void countersSurviveResetAndPowerCycle() {
        selectPin(JpkiFile.AUTH_PIN);
        send(card, verify("9999"));
        card.reset();
        selectPin(JpkiFile.AUTH_PIN);
        assertThat(send(card, triesQuery())).isEqualTo(0x63C2);
        card.powerOff();
        card.powerOn();
        selectPin(JpkiFile.AUTH_PIN);
        assertThat(send(card, verify("9999"))).isEqualTo(0x63C1);
    }

    @Test
    void resetAndPowerCycleDropTheSecurityState() {
        assertSignCertReadableAfter(() -> card.reset());
        assertSignCertReadableAfter(() -> {
            card.powerOff();
            card.powerOn();
        });
    }

    private void assertSignCertReadableAfter(Runnable interruption) {
        selectPin(JpkiFile.SIGN_PIN);
        send(card, verify("ABC123"));
        send(card, selectEf(JpkiFile.SIGN_CERT));
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x9000);
        interruption.run();
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x6986);
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.SIGN_CERT));
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x6982);
    }

    @Test
    void selectingAnotherApOrTheSameApAgainDropsTheSecurityState() {
        selectPin(JpkiFile.SIGN_PIN);
        send(card, verify("ABC123"));
        send(card, SELECT_KENHOJO);
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.SIGN_CERT));
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x6982);

        send(card, selectEf(JpkiFile.SIGN_PIN));
        send(card, verify("ABC123"));
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.SIGN_CERT));
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x6982);
    }

    @Test
    void aFailedVerifyForgetsAnEarlierSuccess() {
        selectPin(JpkiFile.SIGN_PIN);
        send(card, verify("ABC123"));
        send(card, verify("WRONG1"));
        send(card, selectEf(JpkiFile.SIGN_CERT));
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x6982);
    }

    @Test
    void verifyByShortEfIdLeavesTheCurrentEfAlone() {
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.SIGN_CERT));
        assertThat(send(card, "0020009B06414243313233")).isEqualTo(0x9000);
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x9000);
        assertThat(send(card, "00200098")).isEqualTo(0x63C3);
    }

    @Test
    void verifyRejectsBadParametersAndTargets() {
        send(card, SELECT_JPKI);
        assertThat(send(card, triesQuery())).isEqualTo(0x6986);
        send(card, selectEf(JpkiFile.AUTH_CERT));
        assertThat(send(card, triesQuery())).isEqualTo(0x6981);
        send(card, selectEf(JpkiFile.AUTH_PIN));
        assertThat(send(card, "00200180")).isEqualTo(0x6A86);
        assertThat(send(card, "00200001")).isEqualTo(0x6A86);
        assertThat(send(card, "0020008000")).isEqualTo(0x6700);
        assertThat(send(card, "002000800431323334" + "00")).isEqualTo(0x6700);
        assertThat(card.triesLeft(PinKind.AUTH)).isEqualTo(3);
    }

    @Test
    void kenhojoPinHasItsOwnCounter() {
        send(card, SELECT_KENHOJO);
        send(card, selectEf(JpkiFile.KENHOJO_PIN));
        assertThat(send(card, verify("0000"))).isEqualTo(0x63C2);
        assertThat(card.triesLeft(PinKind.KENHOJO)).isEqualTo(2);
        assertThat(card.triesLeft(PinKind.AUTH)).isEqualTo(3);
    }

    @Test
    void changeReferenceDataNeedsTheOldPinAndAValidNewOne() {
        selectPin(JpkiFile.AUTH_PIN);
        assertThat(send(card, "0024018004" + "35363738")).isEqualTo(0x6982);
        send(card, verify("1234"));
        assertThat(send(card, "0024018003" + "353637")).isEqualTo(0x6A80);
        assertThat(send(card, "0024008004" + "35363738")).isEqualTo(0x6A86);
        assertThat(send(card, "0024018004" + "35363738")).isEqualTo(0x9000);
        card.reset();
        selectPin(JpkiFile.AUTH_PIN);
        assertThat(send(card, verify("1234"))).isEqualTo(0x63C2);
        assertThat(send(card, verify("5678"))).isEqualTo(0x9000);
    }

    @Test
    void changeRefusesLowerCaseSignPasswords() {
        selectPin(JpkiFile.SIGN_PIN);
        send(card, verify("ABC123"));
        assertThat(send(card, "0024018006" + "616263313233")).isEqualTo(0x6A80);
    }

    @Test
    void fixtureCountersStartAsTheHolderSays() {
        VirtualMyNumberCard locked = VirtualMyNumberCard.of(Holders.byId("locked"));
        send(locked, SELECT_JPKI);
        send(locked, selectEf(JpkiFile.AUTH_PIN));
        assertThat(send(locked, triesQuery())).isEqualTo(0x63C0);
        assertThat(send(locked, verify("1234"))).isEqualTo(0x6984);

        VirtualMyNumberCard lastTry = VirtualMyNumberCard.of(Holders.byId("last-try"));
        send(lastTry, SELECT_JPKI);
        send(lastTry, selectEf(JpkiFile.AUTH_PIN));
        assertThat(send(lastTry, triesQuery())).isEqualTo(0x63C1);
        assertThat(send(lastTry, verify("0000"))).isEqualTo(0x63C0);
    }
}
