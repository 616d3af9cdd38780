package jp.madoguchi.app.kiosk.staff;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.ui.staff.CallSignal;

/**
 * The staff call's lamp or buzzer as configured: {@code callStaff.command} when a resident calls and
 * {@code answeredCommand} when staff answer, each run as the program and arguments written, never through a shell,
 * so nothing in them is expanded or interpreted. Runs one at a time on a thread of its own; a command that has not
 * ended within {@link #TIMEOUT} is killed and counts as failed, as does a non-zero exit (with the first line it wrote).
 * The thread is a daemon: a lamp left on when the kiosk stops is the lamp's, not the process's, to keep.
 */
public final class CommandSignal implements CallSignal {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int FIRST_LINE = 200;

    private final List<String> raise;
    private final List<String> lower;
    private final Duration timeout;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(run -> {
        Thread t = new Thread(run, "staff-call-signal");
        t.setDaemon(true);
        return t;
    });

    public CommandSignal(List<String> raise, List<String> lower, Duration timeout) {
        this.raise = List.copyOf(raise);
        this.lower = List.copyOf(lower);
        this.timeout = timeout;
    }

    public static CallSignal of(StaffCallSettings settings) {
        return settings.command().isEmpty() ? CallSignal.NONE
                : new CommandSignal(settings.command(), settings.answeredCommand(), TIMEOUT);
    }

    @Override
    public boolean present() {
        return true;
    }

    @Override
    public CompletableFuture<Void> raise() {
        return run(raise);
    }

    @Override
    public CompletableFuture<Void> lower() {
        return lower.isEmpty() ? CompletableFuture.completedFuture(null) : run(lower);
    }

    private CompletableFuture<Void> run(List<String> argv) {
        return CompletableFuture.runAsync(() -> {
            try {
                execute(argv);
            } catch (IOException e) {
                throw new CompletionException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CompletionException(e);
            }
        }, thread);
    }

    private void execute(List<String> argv) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        process.getOutputStream().close(); // nothing to read on its standard input
        // Read what it says as it says it, so a chatty program never blocks on a full pipe; keep the start only.
        CompletableFuture<byte[]> said = CompletableFuture.supplyAsync(() -> firstBytes(process.getInputStream()));
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IOException(argv.get(0) + " did not end within " + timeout.toSeconds() + " s");
        }
        if (process.exitValue() != 0) {
            String line = new String(said.join(), StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            throw new IOException(argv.get(0) + " exited with " + process.exitValue()
                    + (line.isEmpty() ? "" : ": " + line));
        }
    }

    private static byte[] firstBytes(InputStream out) {
        try (out) {
            byte[] start = out.readNBytes(FIRST_LINE);
            out.transferTo(OutputStream.nullOutputStream());
            return start;
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
