package jp.madoguchi.app.output.printing.cups;

import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.output.printing.PrintOutcome;
import jp.madoguchi.app.output.printing.PrintProgress;
import jp.madoguchi.app.output.printing.PrintStatus;
import jp.madoguchi.app.output.printing.PrintStatus.Stage;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.PrintFailure;

/**
 * Follows one submitted job by its unique name until CUPS finishes it, the printer stops it (stopped queue, out of
 * paper, jam), the queue disappears, or time runs out. The job's own final state wins over the printer's; a job that
 * fails is cancelled at once so that it cannot print after the resident has been refunded.
 */
final class JobFollower {
    /** How long a just-submitted job may stay invisible to Get-Jobs. */
    private static final Duration APPEAR = Duration.ofSeconds(10);
    private static final int UNREACHABLE_POLLS = 20;

    private final IppClient ipp;
    private final CupsQueue queue;
    private final String queueName;
    private final Duration timeout;
    private final Duration poll;

    JobFollower(IppClient ipp, String queueName, Duration timeout, Duration poll) {
        this.ipp = ipp;
        this.queue = new CupsQueue(queueName);
        this.queueName = queueName;
        this.timeout = timeout;
        this.poll = poll;
    }

    PrintOutcome follow(String jobName, DocumentNumber document, PrintProgress progress) throws InterruptedException {
        long start = System.nanoTime();
        Stage stage = Stage.SUBMITTED;
        int unreachable = 0;
        while (true) {
            long elapsed = System.nanoTime() - start;
            try {
                Optional<List<CupsJob>> jobs = ipp.jobs(queueName);
                Optional<PrinterStatus> printer = ipp.printer(queueName);
                unreachable = 0;
                if (jobs.isEmpty() || printer.isEmpty()) {
                    return failed(document, PrintFailure.PRINTER_GONE, "queue " + queueName + " no longer exists",
                            progress);
                }
                Optional<CupsJob> job = jobs.get().stream().filter(j -> j.name().equals(jobName))
                        .max(Comparator.comparingInt(CupsJob::id));
                if (job.isEmpty()) {
                    if (elapsed > APPEAR.toNanos()) {
                        return failed(document, PrintFailure.JOB_ABORTED, "job vanished from " + queueName, progress);
                    }
                } else if (job.get().finished()) {
                    return finished(job.get(), document, progress);
                } else {
                    Optional<PrintFailure> blocked = printer.get().blocking()
                            .filter(failure -> failure != PrintFailure.NOT_ACCEPTING);
                    if (blocked.isPresent()) {
                        return withdraw(job.get(), document, blocked.get(), printer.get().describe(), progress);
                    }
                    Stage now = job.get().state() == CupsJob.PROCESSING ? Stage.PRINTING : Stage.WAITING;
                    if (now != stage) {
                        stage = now;
                        progress.update(new PrintStatus(document, stage, job.get().describe()));
                    }
                    if (elapsed > timeout.toNanos()) {
                        return withdraw(job.get(), document, PrintFailure.TIMED_OUT, job.get().describe(), progress);
                    }
                }
            } catch (IOException e) {
                if (++unreachable >= UNREACHABLE_POLLS) {
                    return failed(document, PrintFailure.PRINTER_GONE, "CUPS not reachable: " + e.getMessage(),
                            progress);
                }
            }
            Thread.sleep(poll.toMillis());
        }
    }

    private static PrintOutcome finished(CupsJob job, DocumentNumber document, PrintProgress progress) {
        Optional<PrintFailure> failure = job.failure();
        if (failure.isPresent()) {
            return failed(document, failure.get(), job.describe(), progress);
        }
        progress.update(new PrintStatus(document, Stage.DONE, job.describe()));
        return new PrintOutcome.Printed(document, List.of());
    }

    private PrintOutcome withdraw(CupsJob job, DocumentNumber document, PrintFailure failure, String why,
            PrintProgress progress) {
        String detail = why;
        try {
            queue.cancel(job.id());
        } catch (IOException e) {
            detail += "; cancelling job " + job.id() + " failed: " + e.getMessage();
        }
        return failed(document, failure, detail, progress);
    }

    static PrintOutcome failed(DocumentNumber document, PrintFailure failure, String detail, PrintProgress progress) {
        progress.update(new PrintStatus(document, Stage.FAILED, failure.id() + ": " + detail));
        return new PrintOutcome.Failed(document, failure, detail);
    }
}
