package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.VisitRunner;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * Drives a headless kiosk session with resident actions, as the whole-kiosk tests on real parts do: waits for
 * steps (polling the runner's snapshot, up to {@link #WAIT}) and orders the default 住民票 through to payment.
 */
final class VisitDriver {
    static final Duration WAIT = Duration.ofSeconds(40);
    private static final Set<String> ORDER_STEPS = Set.of("choose-options", "choose-subjects", "choose-copies");

    private VisitDriver() {}

    /** Something the test waits for; may throw, e.g. reading the status file. */
    interface Condition {
        boolean holds() throws Exception;
    }

    static void awaitTrue(Condition condition, String what) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as(what + " within " + WAIT).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Waits until the kiosk's step is {@code wanted} and returns it; the failure names the health checks. */
    static VisitStep await(KioskSession kiosk, Predicate<VisitStep> wanted, String what) throws Exception {
        awaitTrue(() -> wanted.test(kiosk.visits().current().step()), what + ", still "
                + kiosk.visits().current().step() + " " + kiosk.health().map(h -> h.health().toString()).orElse(""));
        return kiosk.visits().current().step();
    }

    static void await(VisitRunner visits, String step) throws Exception {
        awaitStep(visits, step::equals);
    }

    static String awaitStep(VisitRunner visits, Predicate<String> wanted) throws Exception {
        awaitTrue(() -> wanted.test(visits.current().step().id()), "step, still " + visits.current().step());
        return visits.current().step().id();
    }

    /** From choosing the municipality to the payment screen: a 住民票 of the residence, every default kept. */
    static void orderResidentRecord(VisitRunner visits) throws Exception {
        await(visits, "choose-municipality");
        visits.send(new ResidentAction.ChooseMunicipality(MunicipalityRole.RESIDENCE));
        await(visits, "choose-certificate");
        visits.send(new ResidentAction.ChooseCertificate(CertificateType.RESIDENT_RECORD));
        awaitStep(visits, id -> !id.equals("choose-certificate"));
        while (ORDER_STEPS.contains(visits.current().step().id())) {
            String step = visits.current().step().id();
            visits.send(new ResidentAction.Confirm());
            awaitStep(visits, id -> !id.equals(step));
        }
        await(visits, "confirm");
        visits.send(new ResidentAction.Confirm());
        await(visits, "payment");
    }

    /** Until the journal holds {@code visit} and no visit is open any more. */
    static void awaitEnded(Journal journal, VisitId visit) throws Exception {
        awaitTrue(() -> journal.openVisits().isEmpty() && !journal.visit(visit).isEmpty(), "visit " + visit
                + " ended in the journal");
    }
}
