package jp.madoguchi.issuance.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.visit.step.Service;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Every line logged while the machine works on a visit carries its id; none leaks onto the thread afterwards. */
class VisitLogContextTest {
    private final VisitHarness kiosk = new VisitHarness();
    private final List<Optional<String>> tagged = new ArrayList<>();
    private final List<Optional<VisitId>> visits = new ArrayList<>();

    @Test
    void theVisitIdIsInTheLogContextWhileItsInputsAreHandled() {
        kiosk.machine.subscribe(snapshot -> {
            tagged.add(Optional.ofNullable(MDC.get(VisitMachine.VISIT_KEY)));
            visits.add(snapshot.visit());
        });

        kiosk.start(Service.CERTIFICATES);
        VisitId visit = kiosk.visitId();
        assertThat(MDC.get(VisitMachine.VISIT_KEY)).as("cleared after the input").isNull();
        kiosk.act(new ResidentAction.Cancel());

        assertThat(visits).last().isEqualTo(Optional.empty());
        for (int i = 1; i < visits.size(); i++) {
            assertThat(tagged.get(i)).as("snapshot %d", i).isEqualTo(visits.get(i).map(VisitId::value));
        }
        assertThat(tagged).contains(Optional.of(visit.value()));
    }
}
