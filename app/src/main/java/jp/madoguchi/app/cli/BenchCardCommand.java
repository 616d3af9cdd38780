package jp.madoguchi.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced in the next commit. */
@Command(name = "card", description = "Benchmark the kiosk authentication through PC/SC.")
public final class BenchCardCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("bench card is being built");
    }
}
