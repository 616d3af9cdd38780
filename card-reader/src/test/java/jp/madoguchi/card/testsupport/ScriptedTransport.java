package jp.madoguchi.card.testsupport;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import jp.madoguchi.card.apdu.ApduTransport;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;

/**
 * A card that answers from a script of expected command / response pairs (apdu4j MockBIBO style).
 *
 * <p>Strict (the default): each command must equal the next expected one, or the test fails with
 * "expected X but got Y". Lenient: commands are only recorded and the responses are replayed in order.
 * A step can throw a {@link CardFaultException} instead of answering (a pulled card, a dead reader).
 * Every sent command is counted and kept so tests can assert the exact APDU sequence.
 */
public final class ScriptedTransport implements ApduTransport {
    private final boolean strict;
    private final Deque<Step> script = new ArrayDeque<>();
    private final List<CommandApdu> sent = new ArrayList<>();
    private boolean closed;

    private ScriptedTransport(boolean strict) {
        this.strict = strict;
    }

    public static ScriptedTransport strict() {
        return new ScriptedTransport(true);
    }

    public static ScriptedTransport lenient() {
        return new ScriptedTransport(false);
    }

    /** Expects {@code commandHex} and answers {@code responseHex} (data then SW; spaces allowed). */
    public ScriptedTransport expect(String commandHex, String responseHex) {
        return expect(new CommandApdu(Hex.parse(commandHex)), new ResponseApdu(Hex.parse(responseHex)));
    }

    public ScriptedTransport expect(CommandApdu command, ResponseApdu response) {
        script.add(new Step(command, response, null));
        return this;
    }

    /** Expects {@code commandHex} and answers with data {@code data} plus status word {@code sw}. */
    public ScriptedTransport expect(String commandHex, byte[] data, int sw) {
        return expect(new CommandApdu(Hex.parse(commandHex)), ResponseApdu.of(data, sw));
    }

    /** Expects {@code commandHex} and fails the exchange with {@code fault}. */
    public ScriptedTransport expectFault(String commandHex, CardFault fault) {
        script.add(new Step(new CommandApdu(Hex.parse(commandHex)), null, fault));
        return this;
    }

    @Override
    public ResponseApdu transmit(CommandApdu command) throws CardFaultException {
        if (closed) {
            throw new AssertionError("transmit after close: " + command.toLogString());
        }
        sent.add(command);
        Step step = script.poll();
        if (step == null) {
            throw new AssertionError("script exhausted after " + (sent.size() - 1) + " exchanges, but got "
                    + describe(command));
        }
        if (strict && !step.command.equals(command)) {
            throw new AssertionError("exchange " + sent.size() + ": expected " + describe(step.command)
                    + " but got " + describe(command) + secretNote(step.command, command));
        }
        if (step.fault != null) {
            throw new CardFaultException(step.fault);
        }
        return step.response;
    }

    /** How many commands reached the card. */
    public int count() {
        return sent.size();
    }

    /** Every command sent, in order. */
    public List<CommandApdu> sent() {
        return List.copyOf(sent);
    }

    /** Every command sent, as unspaced upper-case hex (VERIFY bodies included: test PINs only). */
    public List<String> sentHex() {
        return sent.stream().map(c -> Hex.of(c.bytes())).toList();
    }

    public int remaining() {
        return script.size();
    }

    /** Fails when scripted exchanges were never used: the code under test sent fewer APDUs than expected. */
    public void assertDone() {
        if (!script.isEmpty()) {
            throw new AssertionError(script.size() + " scripted exchange(s) never sent; next expected "
                    + describe(script.peek().command));
        }
    }

    public boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }

    private static String describe(CommandApdu command) {
        return command.toLogString();
    }

    private static String secretNote(CommandApdu expected, CommandApdu actual) {
        boolean sameHeader = Arrays.equals(Arrays.copyOf(expected.bytes(), 5), Arrays.copyOf(actual.bytes(), 5));
        return expected.carriesSecret() && sameHeader ? " (PIN bodies differ; not shown)" : "";
    }

    private record Step(CommandApdu command, ResponseApdu response, CardFault fault) {}
}
