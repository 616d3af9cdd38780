package jp.madoguchi.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder replaced in the next commit. */
@Command(name = "doctor", description = "Check readers and the card without using a PIN try.")
public final class DoctorCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("doctor is being built");
    }
}
