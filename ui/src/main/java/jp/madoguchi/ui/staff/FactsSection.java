package jp.madoguchi.ui.staff;

import java.util.List;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.ModelText;

/** What this kiosk is configured to do, one labelled line per setting. */
final class FactsSection extends StaffSection {
    private final ModelText text;

    FactsSection(I18n i18n) {
        super(i18n, "staff.facts", "staff-facts");
        text = new ModelText(i18n);
    }

    void facts(List<KioskFact> facts) {
        show(facts.stream().map(fact -> StaffLine.plain(i18n.tr("staff.line", i18n.tr(fact.labelKey()),
                text.format(fact.value())))).toList());
    }
}
