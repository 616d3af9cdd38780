package jp.madoguchi.app.cli;

import java.util.concurrent.Callable;
import jp.madoguchi.issuance.protocol.RulesOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rules decide}: one JSON request on stdin, the JSON decision on stdout. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Read one JSON request on stdin and print the JSON decision (see docs/rules.md).")
public final class RulesDecideCommand implements Callable<Integer> {
    @Mixin
    RulesQueryOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return options.answer(spec, RulesOperations::decide);
    }
}
