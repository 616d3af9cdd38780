package jp.madoguchi.ui.kiosk;

import java.util.function.Consumer;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;

/**
 * Keeps the screen's language and the visit's language one. The visit owns it (a reset returns to the kiosk's home
 * language), so a snapshot's language is applied to {@link I18n}; a resident's choice on a picker changes
 * {@link I18n} first and is sent on to the visit. Applying a snapshot is never echoed back. FX thread only.
 */
final class LanguageSync {
    private final I18n i18n;
    private boolean applying;

    LanguageSync(I18n i18n, Consumer<ResidentAction> actions) {
        this.i18n = i18n;
        i18n.languageProperty().addListener((property, before, now) -> {
            if (!applying) {
                actions.accept(new ResidentAction.ChooseLanguage(toVisit(now)));
            }
        });
    }

    void apply(Language visitLanguage) {
        applying = true;
        try {
            i18n.setLanguage(toKiosk(visitLanguage));
        } finally {
            applying = false;
        }
    }

    static Language toVisit(KioskLanguage language) {
        return new Language(language.tag());
    }

    /** A tag the kiosk does not know (another UI's choice) shows Japanese, the kiosk's first language. */
    static KioskLanguage toKiosk(Language language) {
        return KioskLanguage.forTag(language.tag()).orElse(KioskLanguage.defaultLanguage());
    }
}
