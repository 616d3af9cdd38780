package jp.madoguchi.card.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.Pin.FormatProblem;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;
import jp.madoguchi.card.testsupport.JpkiScripts;
import jp.madoguchi.card.testsupport.ScriptedTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The lockout policy end to end: every tries state × every input class, with the exact APDUs sent. */
class PinVerifierTest {
    private static final String TRIES_QUERY = "00200080";

    private final ScriptedTransport card = ScriptedTransport.strict();
    private final JpkiSession session = new JpkiSession(card);
    private final PinVerifier verifier = new PinVerifier(session);

    /** What the card's counter says before the attempt, and whether the resident confirmed the last try. */
    enum TriesState {
        FULL(-1, false), TWO(0x63C2, false), ONE_UNCONFIRMED(0x63C1, false), ONE_CONFIRMED(0x63C1, true),
        BLOCKED_63C0(0x63C0, false), BLOCKED_6984(0x6984, false), BLOCKED_6983(0x6983, false);

        final int sw;
        final boolean confirmed;

        TriesState(int sw, boolean confirmed) {
            this.sw = sw;
            this.confirmed = confirmed;
        }

        int sw(PinKind kind) {
            return sw == -1 ? 0x63C0 + kind.maxTries() : sw;
        }
    }

    /** What the resident typed; {@code sent} is the ASCII the card must receive when the format is fine. */
    record Input(PinKind kind, String typed, FormatProblem problem, String sent) {
        @Override
        public String toString() {
            return kind + " '" + typed + "'" + (problem == null ? "" : " " + problem);
        }
    }

    static List<Input> inputs() {
        return List.of(
                new Input(PinKind.AUTH, "1234", null, "1234"),
                new Input(PinKind.AUTH, "123", FormatProblem.TOO_SHORT, null),
                new Input(PinKind.AUTH, "12345", FormatProblem.TOO_LONG, null),
                new Input(PinKind.AUTH, "12a4", FormatProblem.NOT_DIGITS, null),
                new Input(PinKind.AUTH, "12#4", FormatProblem.NOT_DIGITS, null),
                new Input(PinKind.KENHOJO, "9876", null, "9876"),
                new Input(PinKind.KENHOJO, "", FormatProblem.TOO_SHORT, null),
                new Input(PinKind.KENHOJO, "98B6", FormatProblem.NOT_DIGITS, null),
                new Input(PinKind.SIGN, "ABC123", null, "ABC123"),
                new Input(PinKind.SIGN, "abc123", null, "ABC123"),
                new Input(PinKind.SIGN, "ABCDEFGHIJ123456", null, "ABCDEFGHIJ123456"),
                new Input(PinKind.SIGN, "AB12", FormatProblem.TOO_SHORT, null),
                new Input(PinKind.SIGN, "ABCDEFGHIJ1234567", FormatProblem.TOO_LONG, null),
                new Input(PinKind.SIGN, "ABC-123", FormatProblem.NOT_ALPHANUMERIC, null),
                new Input(PinKind.SIGN, "ABC 123", FormatProblem.NOT_ALPHANUMERIC, null),
                new Input(PinKind.SIGN, "ABC１２３", FormatProblem.NOT_ALPHANUMERIC, null));
    }

    static Stream<Arguments> matrix() {
        return inputs().stream().flatMap(input -> Stream.of(TriesState.values()).map(s -> Arguments.of(input, s)));
    }

    @ParameterizedTest(name = "{0} with tries {1}")
    @MethodSource("matrix")
    void sendsExactlyWhatThePolicyAllows(Input input, TriesState state) throws Exception {
        char[] typed = input.typed().toCharArray();
        PinAttempt expected = scriptAndPredict(input, state);

        PinAttempt result = verifier.attempt(input.kind(), typed, state.confirmed);

        assertThat(result).isEqualTo(expected);
        card.assertDone();
        assertThat(typed).isEqualTo(new char[typed.length]);
        if (input.problem() != null) {
            assertThat(card.count()).as("no APDU at all for a format error").isZero();
        } else if (!(result instanceof PinAttempt.Verified)) {
            assertThat(card.sent()).as("no VERIFY with data when refused").noneMatch(c -> c.ins() == 0x20 && c.data().length > 0);
        }
    }

    /** Scripts the card for one matrix cell and returns the outcome the policy demands. */
    private PinAttempt scriptAndPredict(Input input, TriesState state) {
        if (input.problem() != null) {
            return new PinAttempt.FormatRejected(input.problem());
        }
        scriptTriesQuery(input.kind(), state.sw(input.kind()));
        return switch (state) {
            case BLOCKED_63C0, BLOCKED_6984, BLOCKED_6983 -> new PinAttempt.Blocked();
            case ONE_UNCONFIRMED -> new PinAttempt.ConfirmationRequired(1);
            case FULL, TWO, ONE_CONFIRMED -> {
                card.expect(verifyHex(input.sent()), "9000");
                yield new PinAttempt.Verified();
            }
        };
    }

    @ParameterizedTest(name = "VERIFY answered {0} -> {1}")
    @CsvSource({"63C2, WrongPin 2", "63C1, WrongPin 1", "63C0, Blocked", "6984, Blocked", "6983, Blocked"})
    void reportsTheCardsOwnCountAfterAFailureAndNeverRetries(String sw, String outcome) throws Exception {
        scriptTriesQuery(PinKind.AUTH, 0x63C3);
        card.expect(verifyHex("1234"), sw);

        PinAttempt result = verifier.attempt(PinKind.AUTH, "1234".toCharArray(), false);

        assertThat(result).isEqualTo(outcome.startsWith("WrongPin")
                ? new PinAttempt.WrongPin(Integer.parseInt(outcome.substring(9))) : new PinAttempt.Blocked());
        card.assertDone();
        assertThat(card.count()).isEqualTo(4);
        assertThat(session.isVerified(PinKind.AUTH)).isFalse();
    }

    @Test
    void confirmedLastTryThatFailsBlocks() throws Exception {
        scriptTriesQuery(PinKind.SIGN, 0x63C1);
        card.expect(verifyHex("WRONG1"), "63C0");

        assertThat(verifier.attempt(PinKind.SIGN, "wrong1".toCharArray(), true)).isEqualTo(new PinAttempt.Blocked());
    }

    /** A count-less answer to the tries query (9000, as some cards give while verified) sends no PIN at all. */
    @Test
    void triesWithoutACountSendNoVerify() throws Exception {
        scriptTriesQuery(PinKind.AUTH, 0x9000);

        assertThat(verifier.attempt(PinKind.AUTH, "1234".toCharArray(), true)).isEqualTo(new PinAttempt.TriesUnknown());
        card.assertDone();
        assertThat(session.isVerified(PinKind.AUTH)).isFalse();
    }

    /**
     * No verdict (6Cxx, 61xx, 6F00, ...): the VERIFY is never sent again, and what the resident hears is what the
     * card reports when asked with the empty VERIFY afterwards.
     */
    @ParameterizedTest(name = "VERIFY answered {0}: the tries are read again, the PIN is not re-sent")
    @CsvSource({"6C00", "6C04", "6110", "6100", "6F00", "6700", "6A86", "6982", "9001"})
    void anAnswerWithoutAVerdictIsFollowedByTheTriesNeverByTheSamePin(String sw) throws Exception {
        scriptTriesQuery(PinKind.AUTH, 0x63C3);
        card.expect(verifyHex("4739"), sw);
        card.expect(TRIES_QUERY, "63C2");

        PinAttempt result = verifier.attempt(PinKind.AUTH, "4739".toCharArray(), false);

        assertThat(result).isEqualTo(new PinAttempt.Unconfirmed(Integer.parseInt(sw, 16),
                new PinTries(PinKind.AUTH, 2)));
        assertThat(result.toString()).doesNotContain("4739").doesNotContain("34373339");
        card.assertDone();
        assertThat(card.sent()).filteredOn(c -> c.ins() == 0x20 && c.bytes().length > 5).hasSize(1);
        assertThat(session.isVerified(PinKind.AUTH)).isFalse();
    }

    @Test
    void whenTheSecondQueryFailsTooTheFaultIsReportedWithoutThePin() {
        scriptTriesQuery(PinKind.AUTH, 0x63C3);
        card.expect(verifyHex("4739"), "6F00");
        card.expect(TRIES_QUERY, "6F00");

        assertThatThrownBy(() -> verifier.attempt(PinKind.AUTH, "4739".toCharArray(), false))
                .isInstanceOfSatisfying(CardFaultException.class, e -> {
                    assertThat(e.fault()).isInstanceOf(CardFault.ProtocolError.class);
                    assertThat(e.getMessage()).contains("Tries query").doesNotContain("4739")
                            .doesNotContain("34373339");
                });
        card.assertDone();
    }

    @Test
    void wipesTheSentCommandAfterTheCardAnswered() throws Exception {
        scriptTriesQuery(PinKind.SIGN, 0x63C5);
        card.expect(verifyHex("PASS99"), "9000");

        verifier.attempt(PinKind.SIGN, "pass99".toCharArray(), false);

        CommandApdu sentVerify = card.sent().get(3);
        assertThat(Arrays.copyOf(sentVerify.bytes(), 4)).isEqualTo(Hex.parse("00200080"));
        assertThat(Arrays.copyOfRange(sentVerify.bytes(), 4, sentVerify.bytes().length)).containsOnly(0);
    }

    @Test
    void aFaultDuringTheQueryStillWipesTheInput() {
        EfPath pin = EfPath.pin(PinKind.AUTH);
        JpkiScripts.selectApplication(card, pin.application());
        card.expectFault("00A4020C020018", new CardFault.CardRemoved());
        char[] typed = "1234".toCharArray();

        assertThatThrownBy(() -> verifier.attempt(PinKind.AUTH, typed, false)).isInstanceOf(CardFaultException.class);
        assertThat(typed).isEqualTo(new char[typed.length]);
    }

    private void scriptTriesQuery(PinKind kind, int sw) {
        EfPath pin = EfPath.pin(kind);
        JpkiScripts.selectApplication(card, pin.application());
        JpkiScripts.selectFile(card, pin.fid());
        card.expect(TRIES_QUERY, String.format("%04X", sw));
    }

    static String verifyHex(String ascii) {
        byte[] body = ascii.getBytes(StandardCharsets.US_ASCII);
        return "00200080" + String.format("%02X", body.length) + Hex.of(body);
    }
}
