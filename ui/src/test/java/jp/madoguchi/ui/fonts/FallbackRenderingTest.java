package jp.madoguchi.ui.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import jp.madoguchi.ui.i18n.BundleFile;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.testsupport.KioskFxTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;

/**
 * Thai and Devanagari letters on a Thai or Nepali screen reach their bundled faces through Pango's fallback, with
 * no system fonts at all (see ui/pom.xml): each letter drawn in the screen's primary family must come out pixel for
 * pixel as drawn directly in its bundled face, not as an empty box.
 */
@KioskFxTest
class FallbackRenderingTest {
    private static final double SIZE = 40;
    private static final int CANVAS = 120;
    private static final int BASELINE = 80;

    @ParameterizedTest
    @EnumSource(value = KioskLanguage.class, names = {"THAI", "NEPALI"})
    void complexScriptLettersAreDrawnFromTheirBundledFace(KioskLanguage language, FxRobot robot) {
        FontStack stack = FontStack.of(language.script());
        String fallbackFamily = stack.fallbacks().get(0).family();
        assertThat(Font.font(fallbackFamily, SIZE).getFamily()).as("the bundled face is loaded, not substituted")
                .isEqualTo(fallbackFamily);
        List<String> wrong = new ArrayList<>();
        for (int letter : complexScriptLetters(language)) {
            String text = Character.toString(letter);
            robot.interact(() -> {
                int[] onScreen = render(text, stack.primary().family());
                if (!hasInk(onScreen) || !Arrays.equals(onScreen, render(text, fallbackFamily))) {
                    wrong.add(String.format("U+%04X %s", letter, text));
                }
            });
        }
        assertThat(wrong).as("letters not drawn from %s", fallbackFamily).isEmpty();
    }

    private static TreeSet<Integer> complexScriptLetters(KioskLanguage language) {
        Set<UnicodeScript> complex = Set.of(UnicodeScript.THAI, UnicodeScript.DEVANAGARI);
        TreeSet<Integer> letters = new TreeSet<>();
        BundleFile.of(language).messages().values().forEach(message -> message.codePoints()
                .filter(c -> complex.contains(UnicodeScript.of(c)))
                .forEach(letters::add));
        return letters;
    }

    private static boolean hasInk(int[] pixels) {
        return Arrays.stream(pixels).anyMatch(argb -> argb != 0xFFFFFFFF);
    }

    /** The pixels of {@code text} drawn at a fixed baseline on a fixed canvas, so two renderings can be compared. */
    private static int[] render(String text, String family) {
        Text glyphs = new Text(20, BASELINE, text);
        glyphs.setFont(Font.font(family, SIZE));
        Group canvas = new Group(new Rectangle(CANVAS, CANVAS, Color.WHITE), glyphs);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = canvas.snapshot(parameters, null);
        int[] pixels = new int[CANVAS * CANVAS];
        image.getPixelReader().getPixels(0, 0, CANVAS, CANVAS, PixelFormat.getIntArgbInstance(), pixels, 0, CANVAS);
        return pixels;
    }
}
