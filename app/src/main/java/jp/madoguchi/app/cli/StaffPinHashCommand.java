package jp.madoguchi.app.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;
import jp.madoguchi.ui.staff.StaffPinHash;
import picocli.CommandLine.Command;

/**
 * {@code ./madoguchi staff-pin-hash}: reads a new staff PIN (not echoed on a terminal, or one line of stdin) and
 * prints the {@code staffPinHash} line for the configuration. The PIN never appears on the command line.
 */
@Command(name = "staff-pin-hash", mixinStandardHelpOptions = true,
        description = {"Read a " + StaffPinHash.DIGITS + "-digit staff PIN and print its hash for kiosk.yaml"
                + " (staffPinHash). The PIN is read without echo, or from stdin when not on a terminal."})
public final class StaffPinHashCommand implements Callable<Integer> {
    @Override
    public Integer call() throws IOException {
        char[] pin = read();
        if (pin == null) {
            Utf8.stderr().println("staff-pin-hash: no PIN given");
            return 2;
        }
        try {
            Utf8.stdout().println("staffPinHash: \"" + StaffPinHash.create(pin, new SecureRandom()).encoded() + "\"");
            return 0;
        } catch (IllegalArgumentException e) {
            Utf8.stderr().println("staff-pin-hash: " + e.getMessage());
            return 2;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static char[] read() throws IOException {
        Console console = System.console();
        if (console != null) {
            return console.readPassword("New staff PIN (%d digits): ", StaffPinHash.DIGITS);
        }
        char[] pin = SecretLine.read(new InputStreamReader(System.in, StandardCharsets.UTF_8), 64);
        if (pin != null && pin.length == 0) {
            return null;
        }
        return pin;
    }
}
