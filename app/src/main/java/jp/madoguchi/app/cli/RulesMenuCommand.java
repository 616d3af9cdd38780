package jp.madoguchi.app.cli;

import java.util.concurrent.Callable;
import jp.madoguchi.issuance.protocol.RulesOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rules menu}: what a person can get from a municipality right now, and why not for the rest. */
@Command(name = "menu", mixinStandardHelpOptions = true,
        description = "Read {municipality, at, requester} as JSON on stdin and print the JSON menu"
                + " (see docs/rules.md).")
public final class RulesMenuCommand implements Callable<Integer> {
    @Mixin
    RulesQueryOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return options.answer(spec, RulesOperations::menu);
    }
}
