package jp.madoguchi.card.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;
import jp.madoguchi.card.testsupport.JpkiScripts;
import jp.madoguchi.card.testsupport.ScriptedTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriesQueryTest {
    private final ScriptedTransport card = ScriptedTransport.strict();
    private final JpkiSession session = new JpkiSession(card);
    private final JpkiReader reader = new JpkiReader(session);

    @ParameterizedTest(name = "{0} PIN answers {1} -> {2} tries")
    @CsvSource({
        "AUTH, 63C3, 3", "AUTH, 63C2, 2", "AUTH, 63C1, 1", "AUTH, 63C0, 0",
        "SIGN, 63C5, 5", "SIGN, 63C4, 4", "SIGN, 63C0, 0",
        "KENHOJO, 63C3, 3", "KENHOJO, 63C1, 1",
        "AUTH, 6984, 0", "SIGN, 6983, 0", "KENHOJO, 6984, 0",
    })
    void readsTheCountWithTheEmptyVerifyOnThePinsOwnEf(PinKind kind, String sw, int tries) throws Exception {
        scriptPinSelection(kind);
        card.expect("00200080", sw);

        PinTries result = reader.queryTries(kind);

        assertThat(result).isEqualTo(new PinTries(kind, tries));
        assertThat(result.blocked()).isEqualTo(tries == 0);
        card.assertDone();
    }

    @Test
    void nineThousandIsNoCountAndNoProofOfVerification() throws Exception {
        scriptPinSelection(PinKind.SIGN);
        card.expect("00200080", "9000");

        PinTries result = reader.queryTries(PinKind.SIGN);

        assertThat(result.reported()).isFalse();
        assertThat(result.blocked()).isFalse();
        assertThat(result.lastTry()).isFalse();
        assertThat(session.isVerified(PinKind.SIGN)).isFalse();
    }

    @ParameterizedTest(name = "{0} is a protocol error")
    @CsvSource({"6300", "6A88", "6D00", "6982", "6700"})
    void anythingElseIsAProtocolError(String sw) {
        scriptPinSelection(PinKind.AUTH);
        card.expect("00200080", sw);

        assertThatThrownBy(() -> reader.queryTries(PinKind.AUTH))
                .isInstanceOfSatisfying(CardFaultException.class, e -> {
                    assertThat(e.fault()).isInstanceOf(CardFault.ProtocolError.class);
                    assertThat(e.getMessage()).contains("Tries query for the auth PIN").contains(sw)
                            .contains("expected 63Cx");
                });
    }

    @Test
    void consecutiveQueriesInOneApplicationReuseTheSelection() throws Exception {
        scriptPinSelection(PinKind.AUTH);
        card.expect("00200080", "63C3").expect("00200080", "63C3");
        JpkiScripts.selectFile(card, 0x001B);
        card.expect("00200080", "63C5");

        reader.queryTries(PinKind.AUTH);
        reader.queryTries(PinKind.AUTH);
        reader.queryTries(PinKind.SIGN);

        card.assertDone();
        assertThat(card.sent()).noneMatch(c -> c.ins() == 0x20 && c.bytes().length > 4);
    }

    private void scriptPinSelection(PinKind kind) {
        EfPath pin = EfPath.pin(kind);
        JpkiScripts.selectApplication(card, pin.application());
        JpkiScripts.selectFile(card, pin.fid());
    }
}
