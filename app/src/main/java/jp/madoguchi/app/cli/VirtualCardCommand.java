package jp.madoguchi.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced in the next commit. */
@Command(name = "virtual-card", description = "Run the virtual My Number card against vpcd.")
public final class VirtualCardCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("virtual-card is being built");
    }
}
