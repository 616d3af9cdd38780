package jp.madoguchi.app.output.printing.cups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Removing jobs, through CUPS's own {@code cancel}: unlike queries, Cancel-Job and Purge-Jobs need an authorized user,
 * and the command authenticates locally as libcups does. {@code cancel -a -x QUEUE} is the only form that also
 * removes the files of completed jobs (CUPS keeps them under PreserveJobFiles); it needs a user in CUPS's
 * SystemGroup (lpadmin on Debian), which the kiosk user therefore belongs to.
 */
final class CupsQueue {
    private final String queue;

    CupsQueue(String queue) {
        this.queue = queue;
    }

    /** Withdraws one pending job so it can never print later. */
    void cancel(int jobId) throws IOException {
        run(List.of("cancel", "-x", queue + "-" + jobId));
    }

    /** Removes every job of the queue, finished or not, with its spooled file. */
    void purge() throws IOException {
        run(List.of("cancel", "-a", "-x", queue));
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
