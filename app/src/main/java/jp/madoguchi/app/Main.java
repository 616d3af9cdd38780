package jp.madoguchi.app;

import jp.madoguchi.app.cli.MadoguchiCommand;
import picocli.CommandLine;

/** Entry point of {@code ./madoguchi}: parses the subcommand and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit code; used by tests without exiting the JVM. */
    public static int run(String... args) {
        return new CommandLine(new MadoguchiCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
