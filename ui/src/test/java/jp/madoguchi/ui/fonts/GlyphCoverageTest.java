package jp.madoguchi.ui.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.madoguchi.ui.i18n.BundleFile;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.KioskLanguage;
import jp.madoguchi.ui.i18n.MessageSignature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every character a resident can see in a language is in that language's bundled fonts: the script's primary face
 * or its declared fallback. Read from the same files JavaFX loads, through java.awt, so no rendering is needed.
 */
class GlyphCoverageTest {
    private static final Map<BundledFont, Font[]> FILES = new EnumMap<>(BundledFont.class);

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyStringOfTheLanguageIsCoveredByItsFonts(KioskLanguage language) {
        List<Font> stack = awtFaces(FontStack.of(language.script()));
        Set<String> uncovered = new TreeSet<>();
        for (String text : visibleTexts(language)) {
            text.codePoints().filter(c -> c != '\n' && stack.stream().noneMatch(font -> font.canDisplay(c)))
                    .forEach(c -> uncovered.add(String.format("U+%04X %s in \"%s\"", c, Character.toString(c), text)));
        }
        assertThat(uncovered).as("characters of %s without a glyph in %s", language.tag(), stack).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void theEndonymIsCoveredByItsOwnPrimaryFace(KioskLanguage language) {
        Font primary = awtFace(FontStack.of(language.script()).primary());
        assertThat(primary.canDisplayUpTo(language.endonym())).as(language.endonym()).isEqualTo(-1);
    }

    /** Every message formatted with sample arguments (numbers show all ten digits), plus a full date. */
    private static List<String> visibleTexts(KioskLanguage language) {
        List<String> texts = new ArrayList<>();
        BundleFile.of(language).messages().forEach((key, pattern) -> {
            Object[] args = MessageSignature.of(pattern, language.locale()).sampleArguments();
            for (int i = 0; i < args.length; i++) {
                args[i] = args[i] instanceof Integer ? (Object) 1_234_567_890 : "";
            }
            texts.add(new MessageFormat(pattern, language.locale()).format(args));
        });
        I18n i18n = new I18n(language);
        texts.add(i18n.date(LocalDate.of(2027, 9, 30)));
        return texts;
    }

    private static List<Font> awtFaces(FontStack stack) {
        return stack.faces().stream().map(GlyphCoverageTest::awtFace).toList();
    }

    private static Font awtFace(FontFace face) {
        for (Font font : awtFile(face.file())) {
            if (font.getFamily().equals(face.family())) {
                return font;
            }
        }
        throw new AssertionError(face.file().fileName() + " has no family " + face.family());
    }

    private static synchronized Font[] awtFile(BundledFont file) {
        return FILES.computeIfAbsent(file, f -> {
            try (InputStream in = f.open()) {
                return Font.createFonts(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(f.fileName(), e);
            }
        });
    }
}
