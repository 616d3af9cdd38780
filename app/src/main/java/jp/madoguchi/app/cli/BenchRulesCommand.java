package jp.madoguchi.app.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.concurrent.Callable;
import jp.madoguchi.issuance.bench.NationalCatalogue;
import jp.madoguchi.issuance.bench.RulesBench;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench rules}: the JMH rules benchmarks. JMH's progress goes to stderr, the figures to stdout. Forked
 * benchmark JVMs inherit this JVM's classpath, which the launcher sets to the app jar and its libraries.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Benchmark the rules engine (JMH): load+validate a generated national catalogue,"
                + " and single decisions.")
public final class BenchRulesCommand implements Callable<Integer> {
    @Option(names = "--municipalities", paramLabel = "N", description = "Catalogue size (default: ${DEFAULT-VALUE}).")
    int municipalities = NationalCatalogue.MUNICIPALITIES;

    @Option(names = "--quick",
            description = "Short in-process run to check the benchmarks work; the figures mean little.")
    boolean quick;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Collection<RunResult> results = RulesBench.run(municipalities, quick, System.err);
            RulesBench.summary(results, municipalities, quick).forEach(out::println);
            out.flush();
            return 0;
        } catch (RunnerException e) {
            spec.commandLine().getErr().println("bench rules: " + e.getMessage());
            return 1;
        }
    }
}
