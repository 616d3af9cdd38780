package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.protocol.CaseFile;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.protocol.RulesOperations;
import jp.madoguchi.issuance.rules.load.LoadReport;
import jp.madoguchi.issuance.text.TextFile;
import jp.madoguchi.issuance.text.TextLimits;
import jp.madoguchi.issuance.text.TextProblem;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * What {@code rules decide} and {@code rules menu} share: where rules and residents come from, and the
 * stdin-to-stdout round trip. Exit 0 with the answer (a denial is an answer), 2 with the error on stderr.
 */
public final class RulesQueryOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rule files (default: the bundled sample rules).")
    Path rules;

    @Option(names = "--registry", paramLabel = "FILE",
            description = "Resident registry YAML/JSON (default: the bundled sample).")
    Path registry;

    int answer(CommandSpec spec, BiFunction<RulesOperations, String, String> query) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            RulesOperations operations = operations(err);
            out.print(query.apply(operations, request()));
            out.flush();
            return 0;
        } catch (TextProblem e) {
            err.println(spec.qualifiedName() + ": " + e.in("the request"));
            return 2;
        } catch (InputException | IOException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage());
            return 2;
        }
    }

    /** The rules (invalid files warned about on {@code err}) and the registry. */
    RulesOperations operations(PrintWriter err) throws IOException {
        LoadReport load = RulesOperations.load(Optional.ofNullable(rules));
        new CheckReport(load).skippedLines().forEach(err::println);
        return new RulesOperations(load.book(), RulesOperations.registry(Optional.ofNullable(registry)));
    }

    /** A file of JSON-line cases, or stdin for {@code -}, read within {@link TextLimits#CASES}. */
    static CaseFile cases(Path file) throws IOException {
        if (file.toString().equals("-")) {
            return CaseFile.of("stdin", TextFile.read(System.in, TextLimits.CASES));
        }
        return CaseFile.of(file.toString(), TextFile.read(file, TextLimits.CASES));
    }

    /** Stdin read as rule files are: within {@link TextLimits#REQUEST}, strict UTF-8, a leading BOM dropped. */
    private static String request() throws IOException {
        return TextFile.read(System.in, TextLimits.REQUEST);
    }
}
