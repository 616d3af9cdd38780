package jp.madoguchi.app.cli;

import picocli.CommandLine.Command;

/** {@code ./madoguchi rules ...}: check rule files and ask the rules engine questions. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Validate municipality rule files and query the rules engine.",
        subcommands = {RulesCheckCommand.class, RulesDecideCommand.class, RulesMenuCommand.class,
            RulesSignCommand.class, RulesVerifyCommand.class})
public final class RulesCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
