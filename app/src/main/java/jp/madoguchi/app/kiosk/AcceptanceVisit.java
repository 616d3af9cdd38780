package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.madoguchi.app.kiosk.health.HealthMonitor;
import jp.madoguchi.app.output.journal.JournalRecord;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.ServiceHealth;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * The installer's acceptance visit (試験発行): one whole visit on a kiosk session as configured, with the operator at
 * a terminal in the resident's place — the real reader, PIN check, registry, rules, cash unit, printer and journal,
 * nothing simulated. It orders one certificate of the card holder's residence with every default, and stops rather
 * than risk the card: a wrong PIN is never retried, and a card with one try left is not tried at all.
 */
public final class AcceptanceVisit {
    /** The person at the terminal: told each step, asked the PIN (a fresh array the visit machine wipes). */
    public interface Operator {
        void say(String line);

        char[] pin(int digits) throws IOException;
    }

    /** How it ended: 0 the visit completed, 1 the visit stopped (and why), 2 the kiosk is out of service. */
    public record Result(int exitCode, String summary) {}

    private static final Duration IN_SERVICE_WAIT = Duration.ofSeconds(20);
    private static final Duration STEP_WAIT = Duration.ofMinutes(5);

    private final KioskSession kiosk;
    private final Operator operator;
    private final CertificateType certificate;
    private final BlockingQueue<VisitSnapshot> snapshots = new LinkedBlockingQueue<>();

    public AcceptanceVisit(KioskSession kiosk, Operator operator, CertificateType certificate) {
        this.kiosk = kiosk;
        this.operator = operator;
        this.certificate = certificate;
    }

    public Result run() throws InterruptedException {
        kiosk.visits().subscribe(snapshots::add);
        if (!inService()) {
            return new Result(2, "out of service: " + outages());
        }
        operator.say("in service; starting the visit");
        kiosk.visits().send(new ResidentAction.ChooseService(Service.CERTIFICATES));
        AcceptanceSteps steps = new AcceptanceSteps(operator, certificate,
                kiosk.readerName(), kiosk.visits()::send);
        Optional<VisitId> visit = Optional.empty();
        VisitStep last = null;
        while (true) {
            VisitSnapshot now = newest(snapshots.poll(STEP_WAIT.toMillis(), TimeUnit.MILLISECONDS));
            if (now == null) {
                return stop(visit, "nothing happened for " + STEP_WAIT.toMinutes() + " minutes at "
                        + kiosk.visits().current().step().id());
            }
            if (now.idleWarning().isPresent()) {
                kiosk.visits().send(new ResidentAction.Touch()); // the operator is at the terminal
            }
            visit = now.visit().isPresent() ? now.visit() : visit;
            VisitStep step = now.step();
            if (step.equals(last)) {
                continue; // the same screen, e.g. the card left the reader
            }
            last = step;
            if (step instanceof OutOfService) {
                return new Result(2, "out of service during the visit: " + outages());
            }
            if (step instanceof Attract && visit.isPresent()) {
                return ended(visit.get());
            }
            Optional<String> problem;
            try {
                problem = steps.react(step);
            } catch (IOException e) {
                problem = Optional.of(e.getMessage()); // the operator gave no usable PIN
            }
            if (problem.isPresent()) {
                return stop(visit, problem.get());
            }
        }
    }

    /** The latest of the snapshots queued so far: the screen as it is now, not as it was. */
    private VisitSnapshot newest(VisitSnapshot first) {
        VisitSnapshot newest = first;
        for (VisitSnapshot next = snapshots.poll(); next != null; next = snapshots.poll()) {
            newest = next;
        }
        return newest;
    }

    private boolean inService() throws InterruptedException {
        // One round of checks now, so a kiosk started a moment ago is not taken as in service before any ran; after
        // that the monitor's own rounds (every 5 s) are read, not run again every 100 ms.
        kiosk.health().ifPresent(HealthMonitor::poll);
        long deadline = System.nanoTime() + IN_SERVICE_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            VisitStep step = kiosk.visits().current().step();
            boolean checked = kiosk.health().map(HealthMonitor::health).orElse(ServiceHealth.IN_SERVICE).inService();
            if (step instanceof Attract && checked) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private String outages() {
        List<ServiceHealth.Outage> outages = kiosk.health().map(h -> h.health().outages()).orElse(List.of());
        return outages.isEmpty() ? kiosk.visits().current().step().id()
                : outages.stream().map(o -> o.check().id() + " (" + o.detail() + ")").collect(Collectors.joining(", "));
    }

    /** Cancels what is still open and says where it stopped; the journal keeps the visit as it ended. */
    private Result stop(Optional<VisitId> visit, String why) {
        kiosk.visits().send(new ResidentAction.Cancel());
        return new Result(1, "stopped: " + why + visit.map(v -> " (visit " + v.value() + ")").orElse(""));
    }

    /** The visit is over: what the journal says of it, which is what counts. */
    private Result ended(VisitId visit) throws InterruptedException {
        long deadline = System.nanoTime() + IN_SERVICE_WAIT.toNanos();
        List<JournalRecord> records = kiosk.outputs().journal().visit(visit);
        while (records.stream().noneMatch(r -> r.entry() instanceof JournalEntry.Ended)
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
            records = kiosk.outputs().journal().visit(visit);
        }
        Optional<EndReason> reason = records.stream().map(JournalRecord::entry)
                .filter(JournalEntry.Ended.class::isInstance).map(e -> ((JournalEntry.Ended) e).reason()).findFirst();
        String documents = records.stream().map(JournalRecord::entry).filter(JournalEntry.DocumentIssued.class::isInstance)
                .map(e -> ((JournalEntry.DocumentIssued) e).document().value()).collect(Collectors.joining(", "));
        String how = reason.map(r -> r.name().toLowerCase(Locale.ROOT)).orElse("not recorded");
        boolean completed = reason.filter(EndReason.COMPLETED::equals).isPresent();
        return new Result(completed ? 0 : 1, "visit " + visit.value() + " " + how
                + (documents.isEmpty() ? ", nothing issued" : ", issued " + documents));
    }
}
