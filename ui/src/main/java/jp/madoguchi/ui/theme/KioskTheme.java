package jp.madoguchi.ui.theme;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import jp.madoguchi.ui.fonts.KioskFonts;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.i18n.Script;

/** Puts the kiosk stylesheet on a scene and keeps the root's script class (hence its font) on the current language. */
public final class KioskTheme {
    /** The stylesheet URL, for scenes and for tests. */
    public static final String STYLESHEET =
            Objects.requireNonNull(KioskTheme.class.getResource("kiosk.css"), "kiosk.css").toExternalForm();

    private static final List<String> SCRIPT_CLASSES =
            Arrays.stream(Script.values()).map(Script::styleClass).toList();

    private KioskTheme() {}

    /** Loads the bundled fonts (once), adds the stylesheet and follows language changes. Call on the FX thread. */
    public static void install(Scene scene, I18n i18n) {
        KioskFonts.loadOnce();
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        followLanguage(scene, i18n);
    }

    /** Gives {@code node} the style class of {@code script}, replacing any other script's class. */
    public static void applyScript(Node node, Script script) {
        node.getStyleClass().removeAll(SCRIPT_CLASSES);
        node.getStyleClass().add(script.styleClass());
    }

    private static void followLanguage(Scene scene, I18n i18n) {
        applyScript(scene.getRoot(), i18n.language().script());
        i18n.languageProperty().addListener((property, before, now) -> applyToRoot(scene, now));
        scene.rootProperty().addListener((property, before, now) -> applyToRoot(scene, i18n.language()));
    }

    private static void applyToRoot(Scene scene, KioskLanguage language) {
        Parent root = scene.getRoot();
        if (root != null) {
            applyScript(root, language.script());
        }
    }
}
