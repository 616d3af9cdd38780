package jp.madoguchi.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import jp.madoguchi.ui.controls.LanguagePicker;
import jp.madoguchi.ui.fonts.FontFace;
import jp.madoguchi.ui.fonts.FontStack;
import jp.madoguchi.ui.fonts.KioskFonts;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Switching language on the picker re-renders bound text and swaps the font, with no screen rebuilt. */
@KioskFxTest
class LanguageSwitchTest {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final I18n i18n = new I18n();
    private Label title;
    private Scene scene;

    @Start
    void start(Stage stage) {
        title = new Label();
        title.setId("title");
        title.textProperty().bind(i18n.text("attract.title"));
        scene = new Scene(new VBox(24, title, new LanguagePicker(i18n)), 1600, 700);
        KioskTheme.install(scene, i18n);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void pressingAnEndonymReRendersTheBoundLabel(FxRobot robot) {
        assertThat(title.getText()).isEqualTo("マイナンバーカードで証明書を取得できます");

        robot.clickOn("#language-ko");

        assertThat(i18n.language()).isEqualTo(KioskLanguage.KOREAN);
        assertThat(title.getText()).isEqualTo(i18n.format(KioskLanguage.KOREAN, "attract.title"));
        assertThat(scene.getRoot().getStyleClass()).contains("script-ko").doesNotContain("script-ja");
        assertThat(robot.lookup("#language-ko").query().getPseudoClassStates()).contains(SELECTED);
        assertThat(robot.lookup("#language-ja").query().getPseudoClassStates()).doesNotContain(SELECTED);
    }

    @Test
    void easyJapaneseIsItsOwnChoice(FxRobot robot) {
        robot.clickOn("#language-ja-EASY");

        assertThat(title.getText()).isEqualTo("マイナンバーカードで しょうめいしょを もらえます");
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void theStylesheetGivesEachLanguageItsScriptsBundledFamily(KioskLanguage language, FxRobot robot) {
        robot.interact(() -> {
            i18n.setLanguage(language);
            scene.getRoot().applyCss();
        });

        String expected = FontStack.of(language.script()).primary().family();
        assertThat(title.getFont().getFamily()).as(language.tag()).isEqualTo(expected);
    }

    @Test
    void everyFamilyTheStacksNameIsLoaded() {
        for (KioskLanguage language : KioskLanguage.values()) {
            assertThat(KioskFonts.loadOnce()).containsAll(
                    FontStack.of(language.script()).faces().stream().map(FontFace::family).toList());
        }
    }
}
