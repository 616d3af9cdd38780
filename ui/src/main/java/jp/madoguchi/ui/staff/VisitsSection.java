package jp.madoguchi.ui.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.ui.i18n.I18n;

/** How the latest visits ended, newest first: the time, the end in words and the screen it ended on. */
final class VisitsSection extends StaffSection {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    VisitsSection(I18n i18n) {
        super(i18n, "staff.lastVisits", "staff-visits");
    }

    void outcomes(List<RecentVisits.Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            show(StaffLine.plain(i18n.tr("staff.visits.none")));
            return;
        }
        List<StaffLine> lines = new ArrayList<>();
        for (RecentVisits.Outcome outcome : outcomes) {
            lines.add(StaffLine.plain(i18n.tr("staff.visitOutcome", TIME.format(outcome.at()),
                    i18n.tr(StaffWords.endReason(outcome.reason())))));
            // On a line of its own: screen titles are long, and a title broken across two lines reads badly.
            lines.add(StaffLine.detail(i18n.tr("staff.visitLastScreen",
                    StaffWords.step(outcome.lastStep()).map(i18n::tr).orElse(outcome.lastStep()))));
        }
        show(lines);
    }
}
