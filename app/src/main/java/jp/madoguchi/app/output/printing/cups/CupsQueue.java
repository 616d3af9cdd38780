package jp.madoguchi.app.output.printing.cups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Withdrawing a job, through CUPS's own {@code cancel}: unlike queries, Cancel-Job needs an authorized user, and the
 * command authenticates locally as libcups does (the job's owner, the kiosk's user, may cancel it under the default
 * policy). {@code -x} purges it: its files and history go at once. A job that has finished can no longer be cancelled
 * (CUPS answers "already completed - can't cancel"), and purging finished jobs (Purge-Jobs, {@code cancel -a -x})
 * needs a user in CUPS's SystemGroup, which the kiosk's user is not: what CUPS keeps of finished jobs is its own
 * configuration's business ({@link CupsRetention}).
 */
final class CupsQueue {
    private final String queue;

    CupsQueue(String queue) {
        this.queue = queue;
    }

    /** Withdraws one pending job so it can never print later, with its spooled file. */
    void cancel(int jobId) throws IOException {
        run(List.of("cancel", "-x", queue + "-" + jobId));
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
