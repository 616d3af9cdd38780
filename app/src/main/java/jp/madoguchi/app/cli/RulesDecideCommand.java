package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import jp.madoguchi.issuance.protocol.BatchDecisions;
import jp.madoguchi.issuance.protocol.RulesOperations;
import jp.madoguchi.issuance.text.TextProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rules decide}: one JSON request on stdin, the JSON decision on stdout; with {@code --cases}, one request
 * per line and one compact decision per line, in order, in one JVM.
 */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Read one JSON request on stdin and print the JSON decision (see docs/rules.md).")
public final class RulesDecideCommand implements Callable<Integer> {
    @Mixin
    RulesQueryOptions options;

    @Option(names = "--cases", paramLabel = "FILE", description = "JSON lines, one request each ('-' for stdin):"
            + " print one decision per line, in order; a line that is not a request answers {\"line\", \"error\"}.")
    Path cases;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return cases == null ? options.answer(spec, RulesOperations::decide) : batch();
    }

    /** Exit 0 when every line was answered, 2 when some could not be read (each named on stderr, file:line). */
    private int batch() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            BatchDecisions batch = new BatchDecisions(options.operations(err));
            List<String> problems = batch.answer(RulesQueryOptions.cases(cases), out::println);
            out.flush();
            problems.forEach(line -> err.println(spec.qualifiedName() + ": " + line));
            return problems.isEmpty() ? 0 : 2;
        } catch (TextProblem e) {
            err.println(spec.qualifiedName() + ": " + e.in(cases.toString()));
            return 2;
        } catch (IOException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            return 2;
        }
    }
}
