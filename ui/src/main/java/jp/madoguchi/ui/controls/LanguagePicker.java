package jp.madoguchi.ui.controls;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.layout.TilePane;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.theme.KioskTheme;

/**
 * One key per kiosk language, each showing the language's own name in its own script's font (a Thai reader finds
 * ไทย even on a Japanese screen). Pressing a key switches the whole kiosk; the current language's key has the
 * {@code :selected} pseudo-class. Key ids: {@code language-} plus the tag, e.g. {@code language-zh-CN}.
 */
public final class LanguagePicker extends TilePane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final int COLUMNS = 5;

    private final I18n i18n;
    private final Map<KioskLanguage, LargeKey> keys = new EnumMap<>(KioskLanguage.class);
    /** Held here and registered weakly: the I18n outlives every screen, and must not keep old pickers alive. */
    private final InvalidationListener highlightCurrent = observable -> highlight();

    public LanguagePicker(I18n i18n) {
        this.i18n = i18n;
        getStyleClass().add("language-picker");
        setPrefColumns(COLUMNS);
        for (KioskLanguage language : KioskLanguage.values()) {
            LargeKey key = new LargeKey(language.endonym());
            key.setId("language-" + language.tag());
            KioskTheme.applyScript(key, language.script());
            key.setOnAction(event -> i18n.setLanguage(language));
            keys.put(language, key);
            getChildren().add(key);
        }
        i18n.languageProperty().addListener(new WeakInvalidationListener(highlightCurrent));
        highlight();
    }

    private void highlight() {
        keys.forEach((language, key) -> key.pseudoClassStateChanged(SELECTED, language == i18n.language()));
    }
}
