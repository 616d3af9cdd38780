package jp.madoguchi.card.jpki;

import static jp.madoguchi.card.jpki.PinVerifierTest.verifyHex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.testsupport.JpkiScripts;
import jp.madoguchi.card.testsupport.ScriptedTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardSignerTest {
    private static final byte[] DIGEST = Hex.parse("000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F");
    private static final String SIGN_COMMAND = "802A008033" + "3031300D060960864801650304020105000420"
            + Hex.of(DIGEST) + "00";

    private final ScriptedTransport card = ScriptedTransport.strict();
    private final JpkiSession session = new JpkiSession(card);
    private final CardSigner signer = new CardSigner(session);
    private final byte[] signature = new byte[256];

    @BeforeEach
    void fillSignature() {
        Arrays.fill(signature, (byte) 0x5A);
    }

    @ParameterizedTest(name = "{0} key in EF {1}")
    @CsvSource({"AUTH, 0017, 0018, 1234", "SIGN, 001A, 001B, ABC123"})
    void signsADigestInfoWithTheKeyThePinUnlocks(PinKind owner, String keyEf, String pinEf, String pin)
            throws Exception {
        verify(owner, Integer.parseInt(pinEf, 16), pin);
        card.expect("00A4020C02" + keyEf, "9000").expect(SIGN_COMMAND, signature, 0x9000);

        assertThat(signer.sign(owner, DIGEST)).isEqualTo(signature);
        card.assertDone();
    }

    @Test
    void refusesWithoutAnApduWhenThePinIsNotVerified() {
        assertThatThrownBy(() -> signer.sign(PinKind.AUTH, DIGEST))
                .isInstanceOfSatisfying(CardFaultException.class, e -> assertThat(e.fault())
                        .isEqualTo(new CardFault.PinRequired(PinKind.AUTH, "Signing with the auth key")));
        assertThat(card.count()).isZero();
    }

    @Test
    void securityStatusFromTheCardAsksForThePinAgain() throws Exception {
        verify(PinKind.AUTH, 0x0018, "1234");
        card.expect("00A4020C020017", "9000").expect(SIGN_COMMAND, "6982");

        assertThatThrownBy(() -> signer.sign(PinKind.AUTH, DIGEST))
                .isInstanceOfSatisfying(CardFaultException.class, e -> assertThat(e.fault())
                        .isInstanceOf(CardFault.PinRequired.class))
                .hasMessageContaining("needs the auth PIN to be verified first");
        assertThat(session.isVerified(PinKind.AUTH)).isFalse();
        int sent = card.count();
        assertThatThrownBy(() -> signer.sign(PinKind.AUTH, DIGEST)).isInstanceOf(CardFaultException.class);
        assertThat(card.count()).isEqualTo(sent);
    }

    @Test
    void verificationIsLostWhenAnotherApplicationWasSelected() throws Exception {
        verify(PinKind.AUTH, 0x0018, "1234");
        JpkiScripts.selectApplication(card, Application.KENHOJO);
        session.selectApplication(Application.KENHOJO);
        int sent = card.count();

        assertThatThrownBy(() -> signer.sign(PinKind.AUTH, DIGEST)).isInstanceOfSatisfying(CardFaultException.class,
                e -> assertThat(e.fault()).isInstanceOf(CardFault.PinRequired.class));
        assertThat(card.count()).isEqualTo(sent);
    }

    @Test
    void otherStatusWordsAndWrongLengthsAreProtocolErrors() throws Exception {
        verify(PinKind.AUTH, 0x0018, "1234");
        card.expect("00A4020C020017", "9000").expect(SIGN_COMMAND, "6A86")
                .expect(SIGN_COMMAND, new byte[128], 0x9000);

        assertThatThrownBy(() -> signer.sign(PinKind.AUTH, DIGEST)).hasMessageContaining("6A86");
        assertThatThrownBy(() -> signer.sign(PinKind.AUTH, DIGEST))
                .hasMessageContaining("expected a 256-byte RSA-2048 signature, got 128 bytes");
        card.assertDone();
    }

    @Test
    void rejectsWhatIsNotASha256DigestOrNotAJpkiKey() {
        assertThatThrownBy(() -> signer.sign(PinKind.AUTH, new byte[20])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign(PinKind.KENHOJO, DIGEST)).isInstanceOf(IllegalArgumentException.class);
        assertThat(card.count()).isZero();
    }

    private void verify(PinKind kind, int pinEf, String pin) throws CardFaultException {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, pinEf);
        JpkiScripts.triesQuery(card, 0x63C3);
        card.expect(verifyHex(pin), "9000");
        assertThat(new PinVerifier(session).attempt(kind, pin.toCharArray(), false))
                .isEqualTo(new PinAttempt.Verified());
    }
}
