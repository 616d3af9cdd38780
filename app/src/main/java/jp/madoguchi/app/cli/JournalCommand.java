package jp.madoguchi.app.cli;

import picocli.CommandLine.Command;

/** {@code ./madoguchi journal ...}: check and export the kiosk journal. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Verify the journal's hash chain or export it as JSON lines.",
        subcommands = {JournalVerifyCommand.class, JournalExportCommand.class})
public final class JournalCommand implements Runnable {
    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
