package jp.madoguchi.ui.text;

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
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < paragraph.length() && !mayBreakBefore(paragraph, end)) {
                continue;
            }
            if (lastFit > lineStart && width.applyAsDouble(paragraph.substring(lineStart, end).stripTrailing()) > maxWidth) {
                out.append(paragraph, lineStart, lastFit);
                out.setLength(trimmedLength(out));
                out.append('\n');
                lineStart = lastFit;
            }
            lastFit = end;
        }
        out.append(paragraph, lineStart, paragraph.length());
    }

    /**
     * Extra rules on top of the break iterator: keep a phone number such as 0120-95-0178 on one line, and never start
     * a line with a Devanagari danda (।), which the JDK rules would allow.
     */
    private static boolean mayBreakBefore(String text, int index) {
        char next = text.charAt(index);
        char previous = text.charAt(index - 1);
        if (previous == '-' && Character.isDigit(next)) {
            return false;
        }
        return next != '\u0964' && next != '\u0965';
    }

    private static int trimmedLength(StringBuilder line) {
        int length = line.length();
        while (length > 0 && line.charAt(length - 1) == ' ') {
            length--;
        }
        return length;
    }
}
