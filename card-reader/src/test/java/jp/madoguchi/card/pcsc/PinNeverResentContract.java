package jp.madoguchi.card.pcsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.jpki.JpkiReader;
import jp.madoguchi.card.jpki.PinAttempt;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;
import jp.madoguchi.card.virtual.Misbehaviour;
import jp.madoguchi.card.virtual.Misbehaviour.Target;
import jp.madoguchi.card.virtual.ReceivedCommand;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A correct PIN never costs a try, whatever the card answers: for every PIN typed, exactly one VERIFY with data
 * reaches the card, counted by the card itself. Run once on the in-process reader and once through a real pcscd
 * with vpcd, where SunPCSC's own re-sending would show.
 */
abstract class PinNeverResentContract {
    /** Puts {@code card} on the reader and returns the service to submit work to. */
    abstract ReaderService insert(VirtualMyNumberCard card) throws Exception;

    abstract String reader();

    private <T> T run(ReaderService service, CardWork<T> work) throws Exception {
        try {
            return service.submit(reader(), work).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        }
    }

    private PinAttempt attempt(ReaderService service, String pin, boolean lastTryConfirmed) throws Exception {
        return run(service, s -> new JpkiReader(s.transport()).pinVerifier().attempt(PinKind.AUTH,
                pin.toCharArray(), lastTryConfirmed));
    }

    /** The right PIN answered 6C00 — also on the last try, confirmed — keeps its try; the card's count is told. */
    @ParameterizedTest(name = "{0}'s card, last try confirmed: {1}")
    @CsvSource({"default, false", "last-try, true"})
    void aRightPinAnswered6C00StaysATryAndTheResidentHearsTheCardsCount(String holder, boolean lastTryConfirmed)
            throws Exception {
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.byId(holder));
        ReaderService service = insert(card);
        card.misbehave(Misbehaviour.answer(Target.PIN_VERIFY, 0x6C00));

        PinAttempt attempt = attempt(service, "1234", lastTryConfirmed);

        assertThat(attempt).isEqualTo(new PinAttempt.Unconfirmed(0x6C00, new PinTries(PinKind.AUTH, 3)));
        assertThat(card.pinVerifications()).isEqualTo(1);
        assertThat(card.triesLeft(PinKind.AUTH)).isEqualTo(3);
    }

    @ParameterizedTest(name = "VERIFY answered {0}")
    @ValueSource(ints = {0x6C04, 0x6C00, 0x6110, 0x6100, 0x6F00})
    void aWrongPinWithoutAVerdictIsCountedOnceAndReportedAsTheCardCountsIt(int sw) throws Exception {
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        ReaderService service = insert(card);
        card.misbehave(Misbehaviour.answer(Target.PIN_VERIFY, sw));

        PinAttempt attempt = attempt(service, "9999", false);

        assertThat(attempt).isEqualTo(new PinAttempt.Unconfirmed(sw, new PinTries(PinKind.AUTH, 2)));
        assertThat(card.pinVerifications()).isEqualTo(1);
        assertThat(card.triesLeft(PinKind.AUTH)).isEqualTo(2);
        assertThat(card.received()).as("nothing but SELECT, the tries query and the one VERIFY")
                .allSatisfy(c -> assertThat(c.ins()).isIn(0xA4, 0x20));
    }

    @Test
    void aCardThatGoesMuteIsResetAndTheReaderWorksWithoutPullingIt() throws Exception {
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        ReaderService service = insert(card);
        card.misbehave(Misbehaviour.mute(Target.PIN_VERIFY));

        assertThatThrownBy(() -> attempt(service, "1234", false))
                .isInstanceOfSatisfying(CardFaultException.class,
                        e -> assertThat(e.fault()).isInstanceOf(CardFault.Unresponsive.class));
        assertThat(card.pinVerifications()).isEqualTo(1);

        card.misbehave(null);
        PinTries after = run(service, s -> new JpkiReader(s.transport()).queryTries(PinKind.AUTH));
        assertThat(after).isEqualTo(new PinTries(PinKind.AUTH, 3));
        assertThat(attempt(service, "1234", false)).isEqualTo(new PinAttempt.Verified());
        assertThat(card.pinVerifications()).isEqualTo(2);
    }

    @Test
    void triesAnswered9000MeanNoVerifyAtAll() throws Exception {
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        ReaderService service = insert(card);
        card.misbehave(Misbehaviour.answer(Target.TRIES_QUERY, 0x9000));

        assertThat(attempt(service, "1234", true)).isEqualTo(new PinAttempt.TriesUnknown());
        assertThat(card.pinVerifications()).isZero();
    }

    @Test
    void triesAnswered6C04AreAFaultAndNeverReSentWithAnotherP2() throws Exception {
        VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());
        ReaderService service = insert(card);
        card.misbehave(Misbehaviour.answer(Target.TRIES_QUERY, 0x6C04));

        assertThatThrownBy(() -> attempt(service, "1234", false))
                .isInstanceOfSatisfying(CardFaultException.class, e -> {
                    assertThat(e.fault()).isInstanceOf(CardFault.ProtocolError.class);
                    assertThat(e.getMessage()).contains("Tries query").contains("6C04");
                });
        assertThat(card.pinVerifications()).isZero();
        assertThat(card.received()).filteredOn(c -> c.ins() == 0x20).map(ReceivedCommand::p2).containsOnly(0x80);
    }
}
