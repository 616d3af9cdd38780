package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.app.output.journal.ChainVerdict;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code journal verify}: exit 0 when the chain is intact, 1 with the first broken record, 2 when unreadable. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that no journal record was edited, removed or reordered.")
public final class JournalVerifyCommand implements Callable<Integer> {
    @Mixin
    JournalFile file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Journal> opened;
        try {
            opened = file.open();
            if (opened.isEmpty()) {
                err.println("journal verify: no journal at " + file.path());
                return 2;
            }
        } catch (JournalException | IOException | IllegalArgumentException e) {
            err.println("journal verify: " + e.getMessage());
            return 2;
        }
        try (Journal journal = opened.get()) {
            ChainVerdict verdict = journal.verify();
            if (verdict instanceof ChainVerdict.Broken broken) {
                err.println("journal broken at record " + broken.seq() + ": " + broken.problem());
                return 1;
            }
            ChainVerdict.Intact intact = (ChainVerdict.Intact) verdict;
            out.println("journal ok: " + intact.records() + " record(s), head " + intact.head());
            return 0;
        } catch (JournalException e) {
            err.println("journal verify: " + e.getMessage());
            return 2;
        }
    }
}
