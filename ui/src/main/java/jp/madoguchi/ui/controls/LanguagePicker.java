package jp.madoguchi.ui.controls;

import javafx.scene.layout.TilePane;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.theme.KioskTheme;

/**
 * One key per kiosk language, each showing the language's own name in its own script's font (a Thai reader finds
 * ไทย even on a Japanese screen). Pressing a key switches the whole kiosk; the current language stays highlighted.
 * Key ids: {@code language-} plus the tag, e.g. {@code language-zh-CN}.
 */
public final class LanguagePicker extends TilePane {
    private static final int COLUMNS = 5;

    public LanguagePicker(I18n i18n) {
        getStyleClass().add("language-picker");
        setPrefColumns(COLUMNS);
        for (KioskLanguage language : KioskLanguage.values()) {
            LargeKey key = new LargeKey(language.endonym());
            key.setId("language-" + language.tag());
            KioskTheme.applyScript(key, language.script());
            key.setOnAction(event -> i18n.setLanguage(language));
            markSelected(key, language == i18n.language());
            i18n.languageProperty().addListener((property, before, now) -> markSelected(key, language == now));
            getChildren().add(key);
        }
    }

    private static void markSelected(LargeKey key, boolean selected) {
        key.getStyleClass().remove("selected");
        if (selected) {
            key.getStyleClass().add("selected");
        }
    }
}
