package jp.madoguchi.ui.staff;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderSnapshot;
import jp.madoguchi.issuance.visit.ServiceHealth;
import jp.madoguchi.ui.i18n.I18n;

/**
 * Whether residents can use the kiosk now, each failed check by its name with the check's own detail under it, and
 * the readers with or without a card; refreshed by the refresh key and on opening.
 */
final class StateSection extends StaffSection {
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.of("Asia/Tokyo"));

    StateSection(I18n i18n) {
        super(i18n, "staff.state", "staff-state");
    }

    void show(ServiceHealth health, PcscStatus readers, Instant checkedAt) {
        List<StaffLine> lines = new ArrayList<>();
        lines.add(health.inService() ? StaffLine.good(i18n.tr("staff.state.inService"))
                : StaffLine.problem(i18n.tr("staff.state.outOfService")));
        for (ServiceHealth.Outage outage : health.outages()) {
            lines.add(StaffLine.problem(i18n.tr("staff.line", i18n.tr(StaffWords.check(outage.check())),
                    i18n.tr("staff.check.failed"))));
            lines.add(StaffLine.detail(i18n.tr("staff.detail", outage.detail())));
        }
        lines.addAll(readers(readers));
        lines.add(StaffLine.detail(i18n.tr("staff.checkedAt", CLOCK.format(checkedAt))));
        show(lines);
    }

    private List<StaffLine> readers(PcscStatus status) {
        List<StaffLine> lines = new ArrayList<>();
        if (!status.serviceUp()) {
            lines.add(StaffLine.problem(i18n.tr("error.pcscDown")));
            lines.add(StaffLine.detail(i18n.tr("staff.detail", status.fault().message())));
            return lines;
        }
        if (status.readers().isEmpty()) {
            lines.add(StaffLine.problem(i18n.tr("staff.reader.none")));
        }
        for (ReaderSnapshot reader : status.readers()) {
            lines.add(StaffLine.plain(i18n.tr("staff.line", reader.name(),
                    i18n.tr(reader.cardPresent() ? "staff.reader.cardPresent" : "staff.reader.empty"))));
        }
        return lines;
    }
}
