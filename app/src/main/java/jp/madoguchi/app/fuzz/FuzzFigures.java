package jp.madoguchi.app.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a fuzz run counted, and the first few crashes and hangs with what reproduces them. */
public record FuzzFigures(long seed, int runs, int ruleFiles, int accepted, int reported, int crashes, int hangs,
        Duration elapsed, Duration limit, List<String> examples) {
    public FuzzFigures {
        examples = List.copyOf(examples);
    }

    public boolean clean() {
        return crashes == 0 && hangs == 0;
    }

    /** The figures as {@code bench fuzz-rules} prints them. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("fuzz-rules: %,d runs (%,d rule files, %,d configurations), seed %d, %.1f s"
                + " (%.2f ms per case)", runs, ruleFiles, runs - ruleFiles, seed, elapsed.toMillis() / 1000.0,
                runs == 0 ? 0.0 : elapsed.toNanos() / 1e6 / runs));
        lines.add(String.format("  reported %,d, still valid %,d", reported, accepted));
        lines.add(String.format("  crashes %d, hangs %d (limit %d s per case)", crashes, hangs, limit.toSeconds()));
        examples.forEach(example -> lines.add("  " + example));
        return lines;
    }
}
