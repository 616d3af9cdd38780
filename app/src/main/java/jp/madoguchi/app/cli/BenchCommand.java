package jp.madoguchi.app.cli;

import picocli.CommandLine.Command;

/** {@code ./madoguchi bench ...}: benchmarks that print figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure speed and print figures.",
        subcommands = {BenchCardCommand.class, BenchFuzzCardCommand.class, BenchFuzzRulesCommand.class,
            BenchRulesCommand.class, BenchSoakCommand.class, BenchStartupCommand.class})
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
