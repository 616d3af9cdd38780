package jp.madoguchi.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import jp.madoguchi.issuance.bench.BenchmarkFailedException;
import jp.madoguchi.issuance.bench.NationalCatalogue;
import jp.madoguchi.issuance.bench.RulesBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench rules}: the JMH rules benchmarks. JMH's progress goes to stderr, the figures to stdout. JMH is not
 * on the kiosk's classpath: the launcher adds {@code app/target/bench-lib} for {@code bench} only, and forked
 * benchmark JVMs inherit that classpath. No JMH type appears here, so the other commands never load it.
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
            RulesBench.measure(municipalities, quick, System.err).forEach(out::println);
            out.flush();
            return 0;
        } catch (BenchmarkFailedException e) {
            spec.commandLine().getErr().println("bench rules: " + e.getMessage());
            return 1;
        } catch (NoClassDefFoundError e) {
            spec.commandLine().getErr().println("bench rules: JMH is not on the classpath (" + e.getMessage()
                    + "); run it as ./madoguchi bench rules, which adds app/target/bench-lib");
            return 1;
        }
    }
}
