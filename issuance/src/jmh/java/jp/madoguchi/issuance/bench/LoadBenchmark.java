package jp.madoguchi.issuance.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * {@link #cold} is the first load in a fresh JVM (what the kiosk pays); {@link #warm} is after JIT warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    @Param("1741")
    public int municipalities;

    private Path dir;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = NationalCatalogue.write(Files.createTempDirectory("madoguchi-catalogue"), municipalities);
    }

    /** Checked after measuring, so that the cold load really is the first one in its JVM. */
    @TearDown(Level.Trial)
    public void checkAndDelete() throws IOException {
        LoadReport check = load();
        if (!check.allValid() || check.book().size() != municipalities) {
            throw new IllegalStateException("generated catalogue is not valid: " + check.errors());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Benchmark
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(3)
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
