package jp.madoguchi.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import jp.madoguchi.app.kiosk.AcceptanceVisit;

/**
 * The acceptance visit's operator at this terminal: each step on standard output as {@code acceptance: ...}, the PIN
 * from the console without echo, or one line of standard input (a test harness, a vendor's script) when there is no
 * console. The PIN is read into a {@code char[]} directly, never a String, and a malformed one is asked again
 * (console) or refused (input) before the card sees it, so a typing slip costs no try.
 */
final class TerminalOperator implements AcceptanceVisit.Operator {
    private static final int MAX_LINE = 32;
    private final PrintStream out;
    private final Reader in;
    private final Console console;

    /** {@code console} null: the PIN is a line of {@code in}. */
    TerminalOperator(PrintStream out, Reader in, Console console) {
        this.out = out;
        this.in = in;
        this.console = console;
    }

    TerminalOperator(PrintStream out) {
        this(out, new InputStreamReader(System.in, StandardCharsets.UTF_8), System.console());
    }

    @Override
    public void say(String line) {
        out.println("acceptance: " + line);
        out.flush();
    }

    @Override
    public char[] pin(int digits) throws IOException {
        while (true) {
            char[] pin = console != null ? console.readPassword("PIN: ") : SecretLine.read(in, MAX_LINE);
            if (pin == null) {
                throw new IOException("no PIN: the input ended");
            }
            if (wellFormed(pin, digits)) {
                return pin;
            }
            Arrays.fill(pin, '\0');
            if (console == null) {
                throw new IOException("the PIN must be " + digits + " digits; nothing was sent to the card");
            }
            say("the PIN is " + digits + " digits; nothing was sent to the card, enter it again");
        }
    }

    static boolean wellFormed(char[] pin, int digits) {
        if (pin.length != digits) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
