package jp.madoguchi.app.output.printing.cups;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Asks CUPS about one queue and its jobs over IPP (HTTP POST of application/ipp). Read-only operations need no
 * authentication from localhost. A queue that does not exist answers client-error-not-found, read as empty.
 */
final class IppClient {
    private static final int GET_JOBS = 0x000A;
    private static final int GET_PRINTER_ATTRIBUTES = 0x000B;
    private static final int NOT_FOUND = 0x0406;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final AtomicInteger requestIds = new AtomicInteger();

    IppClient(URI server) {
        this.server = server;
    }

    Optional<PrinterStatus> printer(String queue) throws IOException {
        Optional<IppMessage.Response> response = send(queue, GET_PRINTER_ATTRIBUTES, List.<Object[]>of(
                new Object[] {IppMessage.KEYWORD, "requested-attributes", "printer-state", "printer-state-reasons",
                    "printer-is-accepting-jobs", "printer-state-message"}));
        return response.map(r -> {
            IppMessage.Group printer = r.groups(IppMessage.TAG_PRINTER).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("IPP answer without printer attributes"));
            return new PrinterStatus(printer.number("printer-state"), printer.texts("printer-state-reasons"),
                    "true".equals(printer.text("printer-is-accepting-jobs")), printer.text("printer-state-message"));
        });
    }

    /** Every job CUPS still knows on the queue, finished ones included. */
    Optional<List<CupsJob>> jobs(String queue) throws IOException {
        Optional<IppMessage.Response> response = send(queue, GET_JOBS, List.<Object[]>of(
                new Object[] {IppMessage.KEYWORD, "which-jobs", "all"},
                new Object[] {IppMessage.KEYWORD, "requested-attributes", "job-id", "job-name", "job-state",
                    "job-state-reasons", "job-printer-state-message", "job-preserved"}));
        return response.map(r -> {
            List<CupsJob> jobs = new ArrayList<>();
            for (IppMessage.Group job : r.groups(IppMessage.TAG_JOB)) {
                // The JDK's lpr spooler prefixes the name with a space; compare trimmed.
                jobs.add(new CupsJob(job.number("job-id"), job.text("job-name").strip(), job.number("job-state"),
                        job.texts("job-state-reasons"), job.text("job-printer-state-message"),
                        "true".equals(job.text("job-preserved"))));
            }
            return jobs;
        });
    }

    private Optional<IppMessage.Response> send(String queue, int operation, List<Object[]> attributes)
            throws IOException {
        List<Object[]> all = new ArrayList<>();
        all.add(new Object[] {IppMessage.URI, "printer-uri", "ipp://localhost/printers/" + queue});
        all.add(new Object[] {IppMessage.NAME, "requesting-user-name", System.getProperty("user.name", "kiosk")});
        all.addAll(attributes);
        HttpRequest request = HttpRequest.newBuilder(server.resolve("/printers/" + queue)).timeout(TIMEOUT)
                .header("Content-Type", "application/ipp")
                .POST(HttpRequest.BodyPublishers.ofByteArray(
                        IppMessage.request(operation, requestIds.incrementAndGet(), all)))
                .build();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("CUPS answered HTTP " + response.statusCode());
            }
            IppMessage.Response ipp;
            try (java.io.InputStream body = response.body()) {
                ipp = IppMessage.read(body);
            }
            if (ipp.status() == NOT_FOUND) {
                return Optional.empty();
            }
            if (!ipp.ok()) {
                throw new IOException("CUPS answered IPP status 0x" + Integer.toHexString(ipp.status()));
            }
            return Optional.of(ipp);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while asking CUPS", e);
        }
    }
}
