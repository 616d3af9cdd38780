package jp.madoguchi.ui.text;

import java.lang.Character.UnicodeScript;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a message into lines no wider than a given width, greedily, at the places a line may break in any of the
 * kiosk languages. Widths come from the caller, so the same code runs against a real font or a test ruler.
 */
public final class LineBreaker {
    /**
     * The JDK's Thai line iterator is its only dictionary-based one (Thai has no spaces between words); outside
     * Thai text it follows the same rules as every other locale, including CJK kinsoku.
     */
    private static final Locale LINE_RULES = new Locale("th");

    private final ToDoubleFunction<String> width;

    /** {@code width} measures one line of text as it will be drawn. */
    public LineBreaker(ToDoubleFunction<String> width) {
        this.width = width;
    }

    /** The message with a newline at each break; lines already separated by newlines stay separate. */
    public String wrap(String message, double maxWidth) {
        if (message.isEmpty() || maxWidth <= 0) {
            return message;
        }
        StringBuilder out = new StringBuilder(message.length() + 8);
        String[] paragraphs = message.split("\n", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            wrapParagraph(paragraphs[i], maxWidth, out);
        }
        return out.toString();
    }

    private void wrapParagraph(String paragraph, double maxWidth, StringBuilder out) {
        BreakIterator breaks = BreakIterator.getLineInstance(LINE_RULES);
        breaks.setText(paragraph);
        boolean japanese = paragraph.codePoints().anyMatch(LineBreaker::isKana);
        int lineStart = 0;
        int lastWordBreak = 0;
        int lastAnyBreak = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            boolean last = end == paragraph.length();
            if (!last && !mayBreakBefore(paragraph, end)) {
                continue;
            }
            if (lastAnyBreak > lineStart && !fits(paragraph.substring(lineStart, end), maxWidth)) {
                // Between words when one fits; inside a word only when the word alone is wider than the line.
                int breakAt = lastWordBreak > lineStart ? lastWordBreak : lastAnyBreak;
                out.append(paragraph, lineStart, breakAt);
                out.setLength(trimmedLength(out));
                out.append('\n');
                lineStart = breakAt;
            }
            lastAnyBreak = end;
            if (last || betweenWords(paragraph, end, japanese)) {
                lastWordBreak = end;
            }
        }
        out.append(paragraph, lineStart, paragraph.length());
    }

    private boolean fits(String line, double maxWidth) {
        return width.applyAsDouble(line.stripTrailing()) <= maxWidth;
    }

    /**
     * Extra rules on top of the break iterator: keep a phone number such as 0120-95-0178 and a time such as 9:30 on
     * one line, and never start a line with a Devanagari danda (।), which the JDK rules would allow.
     */
    private static boolean mayBreakBefore(String text, int index) {
        char next = text.charAt(index);
        char previous = text.charAt(index - 1);
        if ((previous == '-' || previous == ':') && Character.isDigit(next)) {
            return false;
        }
        return next != '\u0964' && next != '\u0965';
    }

    /**
     * Whether a break the JDK rules allow at {@code index} also falls between words. JavaFX and the JDK break CJK
     * text at any character, which split ポルト|ガルご and Korean words. Korean breaks at its spaces only. Japanese
     * text (a paragraph with kana) keeps runs of one script together: a katakana word, a kanji compound, a run of
     * hiragana (やさしい日本語 puts spaces between its words, so it breaks only there), and a katakana word with the
     * particle after it; it breaks where hiragana meets kanji or katakana. Chinese, all kanji, keeps breaking
     * between characters, as Chinese is set.
     */
    private static boolean betweenWords(String text, int index, boolean japanese) {
        int before = text.codePointBefore(index);
        int after = text.codePointAt(index);
        if (Character.isWhitespace(before)) {
            return true;
        }
        UnicodeScript previous = script(before);
        UnicodeScript next = script(after);
        if (previous == UnicodeScript.HANGUL && next == UnicodeScript.HANGUL) {
            return false;
        }
        if (!japanese) {
            return true;
        }
        if (Character.isDigit(before) && isKanaOrKanji(next)) {
            return false; // 24時間, 4桁: a number and its counter
        }
        boolean sameRun = previous == next && (previous == UnicodeScript.HAN || previous == UnicodeScript.HIRAGANA
                || previous == UnicodeScript.KATAKANA);
        return !sameRun && !(previous == UnicodeScript.KATAKANA && next == UnicodeScript.HIRAGANA);
    }

    /** The long-vowel mark and 々 belong to the word they are in, not to the "common" script. */
    private static UnicodeScript script(int codePoint) {
        if (codePoint == '\u30fc') {
            return UnicodeScript.KATAKANA;
        }
        if (codePoint == '\u3005') {
            return UnicodeScript.HAN;
        }
        return UnicodeScript.of(codePoint);
    }

    private static boolean isKanaOrKanji(UnicodeScript script) {
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

    private static boolean isKana(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

    private static int trimmedLength(StringBuilder line) {
        int length = line.length();
        while (length > 0 && line.charAt(length - 1) == ' ') {
            length--;
        }
        return length;
    }
}
