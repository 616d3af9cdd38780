package jp.madoguchi.app.output.printing.cups;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javax.print.DocFlavor;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashAttributeSet;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PrinterName;
import jp.madoguchi.app.output.printing.PdfJob;
import jp.madoguchi.app.output.printing.PrintOutcome;
import jp.madoguchi.app.output.printing.PrintProgress;
import jp.madoguchi.app.output.printing.PrintStatus;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.PrintFailure;

/**
 * A CUPS queue named in the configuration. Each job goes through {@code javax.print} on A4 (without ISO_A4 the JDK
 * asks for US Letter) under the name {@code <document number>-<random>}, which is how it is found again over IPP.
 * The queue is checked before submitting, so a job is never left in a stopped queue to print for someone else later.
 * A local server is also checked for what it keeps of a printed job ({@link CupsRetention}): its configuration must
 * not keep the document, since the kiosk, not being a CUPS administrator, cannot purge a finished job.
 */
public final class CupsPrinter implements Printer {
    static {
        // The JDK caches the CUPS printer list and refreshes it every 2 minutes unless told not to poll; a queue
        // re-created by staff would otherwise stay invisible. Must be set before the first lookup.
        if (System.getProperty("sun.java2d.print.polling") == null) {
            System.setProperty("sun.java2d.print.polling", "false");
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String KEEPS_DOCUMENTS = "keeps-documents";
    private final String queue;
    private final IppClient ipp;
    private final JobFollower follower;
    private final Optional<Path> serverConfig;
    /** The names of the jobs submitted since the last visit ended: the kiosk serves one visit at a time. */
    private final List<String> visitJobs = new CopyOnWriteArrayList<>();

    /**
     * A queue on {@code server}; when that is this machine, its configuration is read from {@code cupsd.conf} in
     * {@code CUPS_SERVERROOT}, else {@code /etc/cups}, as the server's own tools find it.
     */
    public CupsPrinter(String queue, URI server, Duration timeout) {
        this(queue, server, timeout, localConfig(server));
    }

    /** {@code serverConfig}: the server's {@code cupsd.conf}, when it can be read here. */
    public CupsPrinter(String queue, URI server, Duration timeout, Optional<Path> serverConfig) {
        if (!queue.matches("[A-Za-z0-9_.-]{1,127}")) {
            throw new IllegalArgumentException("not a CUPS queue name: '" + queue + "'");
        }
        this.queue = queue;
        this.ipp = new IppClient(server);
        this.follower = new JobFollower(ipp, queue, timeout, Duration.ofMillis(250));
        this.serverConfig = serverConfig;
    }

    private static Optional<Path> localConfig(URI server) {
        String host = server.getHost() == null ? "" : server.getHost();
        if (!Set.of("localhost", "127.0.0.1", "[::1]", "::1").contains(host)) {
            return Optional.empty();
        }
        String root = System.getenv("CUPS_SERVERROOT");
        return Optional.of(Path.of(root == null || root.isBlank() ? "/etc/cups" : root, "cupsd.conf"));
    }

    @Override
    public PrintOutcome print(PdfJob job, PrintProgress progress) {
        Optional<PrintFailure> before = obstacle();
        if (before.isPresent()) {
            return JobFollower.failed(job.document(), before.get(), "before submitting: " + describe(), progress);
        }
        Optional<PrintService> service = service();
        if (service.isEmpty()) {
            return JobFollower.failed(job.document(), PrintFailure.PRINTER_GONE, "javax.print has no " + queue,
                    progress);
        }
        String name = job.document().value() + "-" + Integer.toString(RANDOM.nextInt(36 * 36 * 36), 36);
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(MediaSizeName.ISO_A4);
        attributes.add(new JobName(name, null));
        attributes.add(new Copies(1));
        visitJobs.add(name);
        try {
            service.get().createPrintJob().print(new SimpleDoc(new ByteArrayInputStream(job.pdf()),
                    DocFlavor.INPUT_STREAM.PDF, null), attributes);
        } catch (PrintException e) {
            PrintFailure failure = obstacle().orElse(PrintFailure.JOB_ABORTED);
            return JobFollower.failed(job.document(), failure, "submission failed: " + e.getMessage(), progress);
        }
        progress.update(new PrintStatus(job.document(), PrintStatus.Stage.SUBMITTED, queue));
        try {
            return follower.follow(name, job.document(), progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JobFollower.failed(job.document(), PrintFailure.JOB_ABORTED, "interrupted", progress);
        }
    }

    /** What stops a job from printing now, or a server that would keep the visit's certificates once printed. */
    @Override
    public Optional<String> blocked() {
        Optional<String> obstacle = obstacle().map(failure -> "queue " + queue + ": " + failure.id() + " ("
                + describe() + ")");
        return obstacle.or(() -> retention().map(why -> "queue " + queue + ": " + KEEPS_DOCUMENTS + " (" + why + ")"));
    }

    /**
     * What the server would keep of a printed job: from its {@code cupsd.conf} where this process can read it,
     * else from CUPS itself, a finished job on the queue whose document it still holds ({@code job-preserved}).
     */
    private Optional<String> retention() {
        Optional<List<String>> conf = serverConfig.flatMap(CupsRetention::read);
        if (conf.isPresent()) {
            return CupsRetention.problem(conf.get(), serverConfig.get().toString());
        }
        try {
            return ipp.jobs(queue).orElse(List.of()).stream().filter(job -> job.finished() && job.preserved())
                    .findFirst().map(job -> "CUPS still holds the document of finished job " + job.id()
                            + " (job-preserved); set: cupsctl " + CupsRetention.REQUIRED);
        } catch (IOException e) {
            return Optional.empty(); // the queue's own check says CUPS is not reachable
        }
    }

    /**
     * Leaves nothing of the visit's jobs in CUPS that the kiosk can remove: a job still pending (withdrawn, timed
     * out, never seen) is cancelled with its files, as its owner may. A finished job cannot be removed by its owner;
     * with the server configured as {@link CupsRetention} requires, its document is gone already and its history
     * (name and times, no personal data) expires by itself. A finished job whose document CUPS still keeps
     * ({@code job-preserved}) is reported: the server's configuration has to change.
     */
    @Override
    public void endVisit(VisitId visit) {
        List<String> names = List.copyOf(visitJobs);
        visitJobs.removeAll(names);
        if (names.isEmpty()) {
            return;
        }
        List<String> problems = withdraw(job -> names.contains(job.name()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("print data of visit " + visit + " left on " + queue + ": "
                    + String.join("; ", problems));
        }
    }

    /**
     * The same for every job on the kiosk's queue: at start no visit is running, so each one is a killed visit's,
     * and a pending one must never print later for the next resident.
     */
    @Override
    public void clearLeftovers() {
        List<String> problems = withdraw(job -> true);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("print data a stopped kiosk left on " + queue + ": "
                    + String.join("; ", problems));
        }
    }

    /** Cancels (with its files) each unfinished job {@code mine} accepts; reports finished ones CUPS still keeps. */
    private List<String> withdraw(Predicate<CupsJob> mine) {
        List<String> problems = new ArrayList<>();
        try {
            for (CupsJob job : ipp.jobs(queue).orElse(List.of())) {
                if (!mine.test(job)) {
                    continue;
                }
                if (!job.finished()) {
                    try {
                        new CupsQueue(queue).cancel(job.id());
                    } catch (IOException e) {
                        problems.add("job " + job.id() + " could not be withdrawn: " + e.getMessage());
                    }
                } else if (job.preserved()) {
                    problems.add("CUPS keeps the document of job " + job.id() + " after printing (set: cupsctl "
                            + CupsRetention.REQUIRED + ")");
                }
            }
        } catch (IOException e) {
            problems.add("CUPS not reachable to check its jobs: " + e.getMessage());
        }
        return problems;
    }

    @Override
    public Optional<PrintFailure> obstacle() {
        try {
            return ipp.printer(queue).map(PrinterStatus::blocking).orElse(Optional.of(PrintFailure.PRINTER_GONE));
        } catch (IOException e) {
            return Optional.of(PrintFailure.PRINTER_GONE);
        }
    }

    private String describe() {
        try {
            return ipp.printer(queue).map(PrinterStatus::describe).orElse("no queue " + queue);
        } catch (IOException e) {
            return "CUPS not reachable: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private Optional<PrintService> service() {
        HashAttributeSet named = new HashAttributeSet();
        named.add(new PrinterName(queue, null));
        PrintService[] services = PrintServiceLookup.lookupPrintServices(DocFlavor.INPUT_STREAM.PDF, named);
        return services.length == 0 ? Optional.empty() : Optional.of(services[0]);
    }
}
