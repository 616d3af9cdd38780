package jp.madoguchi.ui.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.step.Service;
import org.junit.jupiter.api.Test;

class RecentVisitsTest {
    private final List<JournalEntry> passedOn = new ArrayList<>();
    private final RecentVisits recent = new RecentVisits(passedOn::add, 2);

    @Test
    void keepsTheLatestEndsNewestFirstAndPassesEveryEntryOn() {
        JournalEntry started = new JournalEntry.Started(visit(1), Instant.EPOCH, "test-kiosk", Service.CERTIFICATES,
                Language.JAPANESE);
        recent.record(started);
        recent.record(ended(1, EndReason.COMPLETED));
        recent.record(ended(2, EndReason.TIMED_OUT));
        recent.record(ended(3, EndReason.CARD_REMOVED));

        assertThat(recent.latest()).extracting(RecentVisits.Outcome::reason)
                .containsExactly(EndReason.CARD_REMOVED, EndReason.TIMED_OUT);
        assertThat(passedOn).hasSize(4).first().isEqualTo(started);
    }

    private static JournalEntry ended(int n, EndReason reason) {
        return new JournalEntry.Ended(visit(n), Instant.ofEpochSecond(n), reason, "thank-you");
    }

    private static VisitId visit(int n) {
        return new VisitId(String.format("V-%016x", n));
    }
}
