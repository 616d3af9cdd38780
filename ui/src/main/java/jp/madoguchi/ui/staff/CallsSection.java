package jp.madoguchi.ui.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The waiting staff call, if any: when and on which screen it was made, how its lamp or buzzer signal went, and the
 * key that answers it (which lowers the signal and takes the notice off the resident screen).
 */
final class CallsSection extends StaffSection {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    CallsSection(I18n i18n, StaffCalls calls) {
        super(i18n, "staff.calls", "staff-calls");
        LargeKey answer = key("staff.calls.answer", "staff-call-answer", calls::answer);
        answer.getStyleClass().add("primary");
        calls.call().addListener((property, before, now) -> show(now));
        show(calls.call().get());
    }

    private void show(Optional<StaffCalls.Call> waiting) {
        keys().setVisible(waiting.isPresent());
        if (waiting.isEmpty()) {
            show(StaffLine.plain(i18n.tr("staff.calls.none")));
            return;
        }
        StaffCalls.Call call = waiting.get();
        String screen = i18n.tr(call.titleKey());
        List<StaffLine> lines = new ArrayList<>();
        lines.add(StaffLine.problem(i18n.tr("staff.calls.waiting", TIME.format(call.at()), screen)));
        switch (call.signal()) {
            case SENDING -> lines.add(StaffLine.plain(i18n.tr("staff.calls.sending")));
            case SENT -> lines.add(StaffLine.plain(i18n.tr("staff.calls.sent")));
            case FAILED -> {
                lines.add(StaffLine.problem(i18n.tr("staff.calls.failed")));
                lines.add(StaffLine.detail(i18n.tr("staff.detail", call.detail())));
            }
            case NONE -> { }
        }
        show(lines);
    }
}
