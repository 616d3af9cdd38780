package jp.madoguchi.ui.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
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
 * Every character a resident can see in a language has a glyph in that language's bundled fonts, by the rule JavaFX
 * follows: characters in a Thai or Devanagari run (shaped by Pango) may come from the fallback faces, everything
 * else must be in the primary face. Read from the same files JavaFX loads, through java.awt, so nothing is rendered.
 */
class GlyphCoverageTest {
    private static final Set<UnicodeScript> PANGO_SHAPED = Set.of(UnicodeScript.THAI, UnicodeScript.DEVANAGARI);
    private static final Map<BundledFont, Font[]> FILES = new EnumMap<>(BundledFont.class);

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void everyStringOfTheLanguageIsCoveredByItsFonts(KioskLanguage language) {
        FontStack stack = FontStack.of(language.script());
        Font primary = awtFace(stack.primary());
        List<Font> fallbacks = stack.fallbacks().stream().map(GlyphCoverageTest::awtFace).toList();
        Set<String> uncovered = new TreeSet<>();
        for (String text : visibleTexts(language)) {
            int[] codePoints = text.codePoints().toArray();
            UnicodeScript run = UnicodeScript.COMMON;
            for (int c : codePoints) {
                run = runScript(run, c);
                boolean covered = c == '\n' || primary.canDisplay(c)
                        || (PANGO_SHAPED.contains(run) && fallbacks.stream().anyMatch(font -> font.canDisplay(c)));
                if (!covered) {
                    uncovered.add(String.format("U+%04X %s in \"%s\"", c, Character.toString(c), text));
                }
            }
        }
        assertThat(uncovered).as("characters of %s without a glyph", language.tag()).isEmpty();
    }

    /** Like JavaFX's run splitting: punctuation, digits and marks (COMMON, INHERITED) join the run they are in. */
    private static UnicodeScript runScript(UnicodeScript current, int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED ? current : script;
    }

    @ParameterizedTest
    @EnumSource(KioskLanguage.class)
    void theEndonymIsCoveredByItsOwnFaces(KioskLanguage language) {
        List<Font> faces = FontStack.of(language.script()).faces().stream().map(GlyphCoverageTest::awtFace).toList();
        assertThat(language.endonym().codePoints()).as(language.endonym())
                .allMatch(c -> faces.stream().anyMatch(font -> font.canDisplay(c)));
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
