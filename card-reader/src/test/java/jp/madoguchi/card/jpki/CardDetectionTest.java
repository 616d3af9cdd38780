package jp.madoguchi.card.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.testsupport.JpkiScripts;
import jp.madoguchi.card.testsupport.ScriptedTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardDetectionTest {
    private final ScriptedTransport card = ScriptedTransport.strict();
    private final JpkiReader reader = new JpkiReader(card);

    @Test
    void myNumberCardWithSignatureCertificate() throws Exception {
        JpkiScripts.myNumberCardIdentity(card, true);

        assertThat(reader.identify())
                .isEqualTo(new CardIdentity(CardType.MY_NUMBER_CARD, "JPKIAPICCTOKEN2", true));
        card.assertDone();
        assertThat(card.count()).isEqualTo(5);
    }

    @Test
    void myNumberCardOfAHolderUnder15HasNoSignatureCertificate() throws Exception {
        JpkiScripts.myNumberCardIdentity(card, false);

        assertThat(reader.identify().signatureCertificatePresent()).isFalse();
    }

    @Test
    void labelPaddedWithNulsIsTrimmed() throws Exception {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x0006);
        byte[] nulPadded = new byte[32];
        System.arraycopy("JPKIAPICCTOKEN2".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, nulPadded, 0, 15);
        card.expect("00B0000020", nulPadded, 0x9000);
        JpkiScripts.selectFile(card, 0x0008);
        JpkiScripts.certificatePresence(card, true);

        assertThat(reader.identify().tokenLabel()).isEqualTo("JPKIAPICCTOKEN2");
    }

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
        "JPKIAPICCTOKEN  | JUKI_CARD          | 住基カード",
        "JPKIAPGPSETOKEN | SMARTPHONE_ANDROID | Android smartphone JPKI token",
        "JPKIAPIOSTOKEN  | SMARTPHONE_IPHONE  | iPhone JPKI token",
        "SOMEOTHERTOKEN  | UNKNOWN            | unknown token label",
    })
    void otherJpkiTokensAreRefusedAfterReadingTheLabel(String label, CardType type, String reason) {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x0006);
        JpkiScripts.tokenLabel(card, label);

        assertThatThrownBy(reader::identify).isInstanceOfSatisfying(CardFaultException.class, e -> {
            assertThat(e.fault()).isInstanceOfSatisfying(CardFault.NotMyNumberCard.class, refusal -> {
                assertThat(refusal.kind()).isEqualTo(type.name());
                assertThat(refusal.detail()).contains(reason).contains("'" + label + "'");
            });
        });
        card.assertDone();
        assertThat(CardType.fromTokenLabel(label)).isEqualTo(type);
    }

    @Test
    void jukiRefusalSaysTheServiceEnded() {
        assertThat(CardType.JUKI_CARD.refusal()).contains("住基カード").contains("ended");
        assertThat(CardType.MY_NUMBER_CARD.accepted()).isTrue();
        assertThat(CardType.MY_NUMBER_CARD.refusal()).isEmpty();
    }

    @Test
    void cardWithoutJpkiApplicationIsNotAMyNumberCard() {
        card.expect("00A4040C0AD392F000260100000001", "6A82");

        assertThatThrownBy(reader::identify).isInstanceOfSatisfying(CardFaultException.class, e -> assertThat(
                e.fault()).isEqualTo(new CardFault.NotMyNumberCard("UNKNOWN",
                        "no JPKI application (SELECT answered 6A82)")));
        assertThat(card.count()).isEqualTo(1);
    }

    @Test
    void emptyTokenInfoIsAProtocolError() {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x0006);
        card.expect("00B0000020", "6B00");

        assertThatThrownBy(reader::identify).isInstanceOfSatisfying(CardFaultException.class,
                e -> assertThat(e.fault()).isInstanceOf(CardFault.ProtocolError.class))
                .hasMessageContaining("EF is empty");
    }

    @Test
    void unprintableLabelBytesAreMaskedInTheRefusal() {
        assertThat(CardDetector.tokenLabel(Hex.parse("4A50 07 FF 20 20 00"))).isEqualTo("JP??");
    }
}
