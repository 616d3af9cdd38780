package jp.madoguchi.issuance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.issuance.rules.load.LoadReport;
import jp.madoguchi.issuance.rules.load.RuleLoader;
import jp.madoguchi.issuance.rules.load.RuleSources;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading and validating every rule file of a national catalogue from disk, as a kiosk does at start-up.
 * {@link #cold} is the first load in a fresh JVM (what the kiosk pays); {@link #warm} is after JIT warm-up. The
 * catalogue is written by the JVM that runs the benchmarks ({@link RulesBench}) and named by {@link #catalogue}, so a
 * cold fork runs nothing of the loader's before it is timed; run otherwise (no directory given) a fork writes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    /** Fresh JVMs, one first load each. */
    static final int COLD_FORKS = 5;

    @Param("1741")
    public int municipalities;

    /** The directory the catalogue is in, or empty: then the trial writes its own into a temporary directory. */
    @Param("")
    public String catalogue;

    private Path dir;
    private boolean own;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        own = catalogue.isEmpty();
        dir = own ? NationalCatalogue.write(Files.createTempDirectory("madoguchi-catalogue"), municipalities)
                : Path.of(catalogue);
    }

    /** Checked after measuring, so that the cold load really is the first one in its JVM. */
    @TearDown(Level.Trial)
    public void checkAndDelete() throws IOException {
        LoadReport check = load();
        if (!check.allValid() || check.book().size() != municipalities) {
            throw new IllegalStateException("generated catalogue is not valid: " + check.errors());
        }
        if (own) {
            NationalCatalogue.delete(dir);
        }
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(COLD_FORKS)
    public LoadReport cold() throws IOException {
        return load();
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 10)
    @Fork(1)
    public LoadReport warm() throws IOException {
        return load();
    }

    private LoadReport load() throws IOException {
        return RuleLoader.load(RuleSources.directory(dir));
    }
}
