package jp.madoguchi.ui.staff;

import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.ui.i18n.I18n;

/** The outcome of the last rules reload: in force for how many municipalities, or each problem found. */
final class RulesSection extends StaffSection {

    RulesSection(I18n i18n) {
        super(i18n, "staff.rules", "staff-rules");
        reset();
    }

    void reset() {
        show(StaffLine.plain(i18n.tr("staff.rules.notReloaded")));
    }

    void checked(StaffConsole.RulesCheck check) {
        List<StaffLine> lines = new ArrayList<>();
        lines.add(check.ok() ? StaffLine.good(i18n.tr("staff.rules.ok", check.municipalities()))
                : StaffLine.problem(i18n.tr("staff.rules.failed", check.problems().size())));
        check.problems().forEach(problem -> lines.add(StaffLine.detail(problem)));
        show(lines);
    }

    void failed(Throwable error) {
        show(List.of(StaffLine.problem(i18n.tr("staff.rules.failed", 1)),
                StaffLine.detail(i18n.tr("staff.detail", OnFx.why(error)))));
    }
}
