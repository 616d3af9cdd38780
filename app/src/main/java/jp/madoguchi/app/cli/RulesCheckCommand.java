package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.protocol.CaseCheck;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.protocol.RulesOperations;
import jp.madoguchi.issuance.text.TextProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rules check [DIR]}: exit 0 when every file is valid, 1 with the errors on stderr otherwise; warnings (a file
 * not used, an unverified value) go to stderr too and do not change the exit code. With {@code --cases}, the
 * decision tables run against the loaded rules, and a case that disagrees is an error too.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate every rule file in DIR (default: the bundled sample rules).")
public final class RulesCheckCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Directory of *.yaml rule files.")
    Path dir;

    @Option(names = "--cases", paramLabel = "FILE", description = "JSON lines of requests with \"expect\" (see"
            + " docs/rules.md); each case that disagrees is reported as FILE:LINE. Repeatable.")
    List<Path> cases = new ArrayList<>();

    @Option(names = "--registry", paramLabel = "FILE",
            description = "Resident registry for the cases (default: the bundled sample).")
    Path registry;

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
        boolean casesOk = cases.isEmpty() || runCases(report, out, err);
        return report.ok() && casesOk ? 0 : 1;
    }

    private boolean runCases(CheckReport report, PrintWriter out, PrintWriter err) {
        boolean ok = true;
        try {
            CaseCheck check = new CaseCheck(new RulesOperations(report.load().book(),
                    RulesOperations.registry(Optional.ofNullable(registry))));
            for (Path file : cases) {
                try {
                    CaseCheck.Result result = check.run(RulesQueryOptions.cases(file));
                    result.problems().forEach(err::println);
                    (result.ok() ? out : err).println(result.summary());
                    ok &= result.ok();
                } catch (TextProblem e) {
                    err.println(e.in(file.toString()));
                    ok = false;
                } catch (IOException e) {
                    err.println("rules check: cannot read " + file + ": " + e.getMessage());
                    ok = false;
                }
            }
        } catch (IOException | InputException e) {
            err.println("rules check: the registry " + registry + ": " + e.getMessage());
            return false;
        }
        return ok;
    }
}
