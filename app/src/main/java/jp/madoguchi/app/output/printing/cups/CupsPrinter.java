package jp.madoguchi.app.output.printing.cups;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;
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
    private final String queue;
    private final IppClient ipp;
    private final JobFollower follower;

    public CupsPrinter(String queue, URI server, Duration timeout) {
        if (!queue.matches("[A-Za-z0-9_.-]{1,127}")) {
            throw new IllegalArgumentException("not a CUPS queue name: '" + queue + "'");
        }
        this.queue = queue;
        this.ipp = new IppClient(server);
        this.follower = new JobFollower(ipp, queue, timeout, Duration.ofMillis(250));
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

    @Override
    public Optional<String> blocked() {
        return obstacle().map(failure -> "queue " + queue + ": " + failure.id() + " (" + describe() + ")");
    }

    /** Purges the queue: the kiosk serves one visit at a time, and CUPS would otherwise keep the job files. */
    @Override
    public void endVisit(VisitId visit) {
        try {
            new CupsQueue(queue).purge();
        } catch (IOException e) {
            throw new UncheckedIOException("could not purge the jobs of visit " + visit + " from " + queue, e);
        }
    }

    /** The same purge: at start no visit is running, so every job on the kiosk's queue is a killed visit's. */
    @Override
    public void clearLeftovers() {
        try {
            new CupsQueue(queue).purge();
        } catch (IOException e) {
            throw new UncheckedIOException("could not purge the jobs a stopped kiosk left on " + queue, e);
        }
    }

    private Optional<PrintFailure> obstacle() {
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
