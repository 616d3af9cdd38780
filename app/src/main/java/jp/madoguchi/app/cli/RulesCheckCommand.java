package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.protocol.RulesOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rules check [DIR]}: exit 0 when every file is valid, 1 with the errors on stderr otherwise; warnings (a file
 * not used, an unverified value) go to stderr too and do not change the exit code.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate every rule file in DIR (default: the bundled sample rules).")
public final class RulesCheckCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Directory of *.yaml rule files.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CheckReport report;
        try {
            report = new CheckReport(RulesOperations.load(Optional.ofNullable(dir)));
        } catch (IOException e) {
            err.println("rules check: cannot read " + dir + ": " + e.getMessage());
            return 2;
        }
        report.fileLines().forEach(out::println);
        report.errorLines().forEach(err::println);
        report.warningLines().forEach(err::println);
        (report.ok() ? out : err).println(report.summary());
        return report.ok() ? 0 : 1;
    }
}
