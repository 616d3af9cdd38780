package jp.madoguchi.card.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.testsupport.ScriptedTransport;
import org.junit.jupiter.api.Test;

class JpkiSessionTest {
    private static final String SELECT_JPKI = "00A4040C0AD392F000260100000001";
    private static final String SELECT_KENHOJO = "00A4040C0AD3921000310001010408";

    private final ScriptedTransport card = ScriptedTransport.strict();
    private final JpkiSession session = new JpkiSession(card);

    @Test
    void selectsApplicationAndFileOnlyOnce() throws Exception {
        card.expect(SELECT_JPKI, "9000").expect("00A4020C02000A", "9000");

        session.select(EfPath.jpki(0x000A));
        session.select(EfPath.jpki(0x000A));
        session.selectApplication(Application.JPKI);

        card.assertDone();
        assertThat(card.count()).isEqualTo(2);
        assertThat(session.currentApplication()).contains(Application.JPKI);
    }

    @Test
    void changingApplicationForgetsTheFile() throws Exception {
        card.expect(SELECT_JPKI, "9000").expect("00A4020C020011", "9000")
                .expect(SELECT_KENHOJO, "9000").expect("00A4020C020011", "9000")
                .expect(SELECT_JPKI, "9000").expect("00A4020C020011", "9000");

        session.select(EfPath.jpki(0x0011));
        session.select(new EfPath(Application.KENHOJO, 0x0011));
        session.select(EfPath.jpki(0x0011));

        card.assertDone();
    }

    @Test
    void invalidateForgetsEverything() throws Exception {
        card.expect(SELECT_JPKI, "9000").expect("00A4020C020018", "9000")
                .expect(SELECT_JPKI, "9000").expect("00A4020C020018", "9000");
        session.select(EfPath.jpki(0x0018));
        session.markVerified(PinKind.AUTH);

        session.invalidate();
        assertThat(session.isVerified(PinKind.AUTH)).isFalse();
        assertThat(session.currentApplication()).isEmpty();
        session.select(EfPath.jpki(0x0018));

        card.assertDone();
    }

    @Test
    void verifiedPinsAreForgottenWhenAnotherApplicationIsSelected() throws Exception {
        card.expect(SELECT_JPKI, "9000").expect(SELECT_KENHOJO, "9000");
        session.selectApplication(Application.JPKI);
        session.markVerified(PinKind.SIGN);
        assertThat(session.isVerified(PinKind.SIGN)).isTrue();

        session.selectApplication(Application.KENHOJO);

        assertThat(session.isVerified(PinKind.SIGN)).isFalse();
    }

    @Test
    void aTransportFaultForgetsTheSelection() throws Exception {
        card.expect(SELECT_JPKI, "9000").expect("00A4020C02000A", "9000")
                .expectFault("00B0000000", new CardFault.CardRemoved())
                .expect(SELECT_JPKI, "9000").expect("00A4020C02000A", "9000");
        session.select(EfPath.jpki(0x000A));

        assertThatThrownBy(() -> session.transmit(JpkiCommands.readBinary(0, 256)))
                .isInstanceOfSatisfying(CardFaultException.class,
                        e -> assertThat(e.fault()).isInstanceOf(CardFault.CardRemoved.class));
        session.select(EfPath.jpki(0x000A));

        card.assertDone();
    }

    @Test
    void missingApplicationIsReportedOrAnsweredFalse() throws Exception {
        card.expect(SELECT_KENHOJO, "6A82").expect(SELECT_KENHOJO, "6A82");

        assertThat(session.selectApplicationIfPresent(Application.KENHOJO)).isFalse();
        assertThatThrownBy(() -> session.selectApplication(Application.KENHOJO))
                .isInstanceOfSatisfying(CardFaultException.class, e -> assertThat(e.fault())
                        .isEqualTo(new CardFault.ProtocolError("SELECT KENHOJO", 0x6A82,
                                "the card has no such application")));
        assertThat(session.currentApplication()).isEmpty();
    }

    @Test
    void unexpectedSelectAnswerIsAProtocolErrorEvenWhenProbing() {
        card.expect(SELECT_JPKI, "6E00");

        assertThatThrownBy(() -> session.selectApplicationIfPresent(Application.JPKI))
                .hasMessageContaining("6E00");
    }

    @Test
    void missingFileIsAProtocolErrorAndIsSelectedAgainNextTime() throws Exception {
        card.expect(SELECT_JPKI, "9000").expect("00A4020C020009", "6A82").expect("00A4020C020009", "9000");

        assertThatThrownBy(() -> session.select(EfPath.jpki(0x0009)))
                .hasMessageContaining("SELECT EF JPKI/0009").hasMessageContaining("no such file");
        session.select(EfPath.jpki(0x0009));

        card.assertDone();
    }

    @Test
    void rawSelectsAreRefusedSoTrackingCannotLie() {
        assertThatThrownBy(() -> session.transmit(JpkiCommands.selectFile(0x000A)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> session.transmit(CommandApdu.of(0x00, 0xA4, 0x04, 0x00, new byte[] {1})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(card.count()).isZero();
    }
}
