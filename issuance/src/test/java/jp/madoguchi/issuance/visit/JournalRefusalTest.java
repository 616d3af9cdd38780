package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.Service;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import org.junit.jupiter.api.Test;

/**
 * A visit the journal cannot record never starts: before, a full disk let the visit take the card and the PIN and
 * wiped it only at payment, where recording the money failed.
 */
class JournalRefusalTest {
    @Test
    void aJournalThatRefusesTheFirstRecordKeepsTheVisitFromStarting() {
        VisitHarness kiosk = new VisitHarness();
        kiosk.journal.refuse("12 MB free for /var/lib/madoguchi, at least 200 MB needed");

        kiosk.start(Service.CERTIFICATES);

        OutOfService out = kiosk.step(OutOfService.class);
        assertThat(out.failed()).containsExactly(ServiceCheck.JOURNAL);
        assertThat(kiosk.machine.snapshot().visit()).as("no visit, so no card is asked for").isEmpty();
        assertThat(kiosk.journal.entries()).isEmpty();
    }

    @Test
    void theNextHealthRoundThatFindsTheJournalWritableBringsTheKioskBack() {
        VisitHarness kiosk = new VisitHarness();
        kiosk.journal.refuse("the journal is not writable");
        kiosk.start(Service.CARD_CHECK);
        kiosk.step(OutOfService.class);

        kiosk.journal.refuse(null);
        kiosk.machine.onHealth(ServiceHealth.IN_SERVICE);

        kiosk.step(Attract.class);
        kiosk.start(Service.CARD_CHECK);
        assertThat(kiosk.machine.snapshot().visit()).isPresent();
        assertThat(kiosk.journal.entries()).hasSize(1);
    }
}
