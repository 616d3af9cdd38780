package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.registry.RegistryUnavailableException;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.OutOfService;
import jp.madoguchi.issuance.visit.step.ServiceCheck;
import org.junit.jupiter.api.Test;

/** A registry that cannot answer is an outage, never "not registered here". */
class RegistryOutageTest {
    /** The sample registry behind a switch, as a network registry is behind its connection. */
    private static final class SwitchedRegistry implements ResidentRegistry {
        volatile boolean answering = true;

        private void answer() {
            if (!answering) {
                throw new RegistryUnavailableException("registry did not answer within 5 s");
            }
        }

        @Override
        public Optional<Resident> find(String residentId) {
            answer();
            return Samples.REGISTRY.find(residentId);
        }

        @Override
        public Optional<Resident> findByCardSubject(String cardSubject) {
            answer();
            return Samples.REGISTRY.findByCardSubject(cardSubject);
        }

        @Override
        public List<Resident> household(String householdId) {
            answer();
            return Samples.REGISTRY.household(householdId);
        }

        @Override
        public List<Resident> koseki(String kosekiId) {
            answer();
            return Samples.REGISTRY.koseki(kosekiId);
        }
    }

    private final SwitchedRegistry registry = new SwitchedRegistry();
    private final VisitHarness kiosk = new VisitHarness(registry);

    @Test
    void aLookupThatFailsAfterThePinEndsTheVisitOutOfService() {
        registry.answering = false;
        kiosk.toRemoveCard("default");

        assertThat(kiosk.step()).isEqualTo(new OutOfService(List.of(ServiceCheck.REGISTRY)));
        assertThat(kiosk.step()).isNotInstanceOf(CardProblem.class);
        assertThat(kiosk.journal.outcomes()).containsEntry(EndReason.OUT_OF_SERVICE, 1)
                .doesNotContainKey(EndReason.NOT_REGISTERED);
    }

    @Test
    void theNextHealthRoundBringsTheKioskBackWhenTheRegistryAnswersAgain() {
        registry.answering = false;
        kiosk.toRemoveCard("default");
        registry.answering = true;

        kiosk.machine.onHealth(ServiceHealth.IN_SERVICE);

        assertThat(kiosk.step()).isInstanceOf(Attract.class);
        kiosk.card.remove();
        kiosk.toRemoveCard("default");
        assertThat(kiosk.machine.snapshot().visit()).isPresent();
        assertThat(kiosk.step()).isNotInstanceOf(OutOfService.class);
    }
}
