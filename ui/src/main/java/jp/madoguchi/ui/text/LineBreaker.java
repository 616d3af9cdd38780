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
        int lineStart = 0;
        int lastFit = 0;
        int lastPhraseSpace = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < paragraph.length() && !mayBreakBefore(paragraph, end)) {
                continue;
            }
            if (lastFit > lineStart && !fits(paragraph.substring(lineStart, end), maxWidth)) {
                boolean preferSpace = lastPhraseSpace > lineStart && betweenKanaOrKanji(paragraph, lastFit);
                int breakAt = preferSpace ? lastPhraseSpace : lastFit;
                out.append(paragraph, lineStart, breakAt);
                out.setLength(trimmedLength(out));
                out.append('\n');
                lineStart = breakAt;
            }
            lastFit = end;
            if (end >= 2 && paragraph.charAt(end - 1) == ' ' && betweenKanaOrKanji(paragraph, end, end - 1)) {
                lastPhraseSpace = end;
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
     * Whether a break at {@code index} falls inside a run of kana or kanji. Such breaks are allowed in Japanese, but
     * やさしい日本語 puts spaces between phrases (分かち書き) so that no word is ever split: there a phrase space on
     * the line wins. A phrase space sits between kana or kanji, unlike the space after a colon or a number.
     */
    private static boolean betweenKanaOrKanji(String text, int index) {
        return betweenKanaOrKanji(text, index, index);
    }

    private static boolean betweenKanaOrKanji(String text, int after, int before) {
        return after < text.length() && before > 0
                && isKanaOrKanji(text.codePointBefore(before)) && isKanaOrKanji(text.codePointAt(after));
    }

    private static boolean isKanaOrKanji(int codePoint) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA;
    }

    private static int trimmedLength(StringBuilder line) {
        int length = line.length();
        while (length > 0 && line.charAt(length - 1) == ' ') {
            length--;
        }
        return length;
    }
}
