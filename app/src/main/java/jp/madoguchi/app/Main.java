package jp.madoguchi.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import jp.madoguchi.app.cli.MadoguchiCommand;
import jp.madoguchi.app.kiosk.FxToolkit;
import picocli.CommandLine;

/** Entry point of {@code ./madoguchi}: parses the subcommand and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        FxToolkit.startEarlyFor(args); // the kiosk's toolkit starts while picocli and the session get ready
        System.exit(run(args));
    }

    /**
     * Runs a command line and returns the exit code; used by tests without exiting the JVM. Output is UTF-8
     * whatever the machine's locale, so 住民票 never prints as '?' on a C-locale kiosk or CI runner.
     */
    public static int run(String... args) {
        return new CommandLine(new MadoguchiCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
                .execute(args);
    }
}
