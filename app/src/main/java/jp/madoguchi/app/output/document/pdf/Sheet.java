package jp.madoguchi.app.output.document.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A document being laid out: A4 pages of {@link Mark}s, optionally on the anti-copy background whose hidden word
 * ({@code 複写}) a photocopy would reveal. Not thread-safe; one per document.
 */
public final class Sheet {
    public static final float WIDTH = PDRectangle.A4.getWidth();
    public static final float HEIGHT = PDRectangle.A4.getHeight();

    private final Optional<String> antiCopyWord;
    private final List<List<Mark>> pages = new ArrayList<>();
    private int current;

    private Sheet(Optional<String> antiCopyWord) {
        this.antiCopyWord = antiCopyWord;
        newPage();
    }

    /** A certificate sheet: every page on the anti-copy background hiding {@code word}. */
    public static Sheet certificate(String word) {
        return new Sheet(Optional.of(word));
    }

    /** A receipt or statement: plain paper. */
    public static Sheet plain() {
        return new Sheet(Optional.empty());
    }

    public void newPage() {
        pages.add(new ArrayList<>());
        current = pages.size() - 1;
    }

    /** Draw on page {@code number} (1-based) from now on, e.g. to add footers once the page count is known. */
    public void onPage(int number) {
        if (number < 1 || number > pages.size()) {
            throw new IllegalArgumentException("no page " + number + " of " + pages.size());
        }
        current = number - 1;
    }

    public int pageCount() {
        return pages.size();
    }

    public void text(float x, float y, float size, String text) {
        text(x, y, size, text, Ink.BLACK);
    }

    public void text(float x, float y, float size, String text, Ink ink) {
        if (!text.isEmpty()) {
            current().add(new Mark.Text(x, y, size, text, ink));
        }
    }

    public void centered(float y, float size, String text) {
        text((WIDTH - JapaneseFont.width(text, size)) / 2, y, size, text);
    }

    public void rightAligned(float right, float y, float size, String text) {
        text(right - JapaneseFont.width(text, size), y, size, text);
    }

    /**
     * Writes {@code text} from (x, y) wrapping at {@code maxWidth}: between any two characters of Japanese text, but
     * a Latin word moves to the next line whole. Returns the baseline after the last line.
     */
    public float paragraph(float x, float y, float maxWidth, float size, float leading, String text) {
        StringBuilder line = new StringBuilder();
        float baseline = y;
        for (int cp : text.codePoints().toArray()) {
            if (JapaneseFont.width(line + Character.toString(cp), size) > maxWidth && line.length() > 0) {
                int space = line.lastIndexOf(" ");
                String carried = cp < 0x2E80 && space > 0 ? line.substring(space + 1) : "";
                text(x, baseline, size, line.substring(0, line.length() - carried.length()).stripTrailing());
                baseline += leading;
                line.setLength(0);
                line.append(carried);
            }
            line.appendCodePoint(cp);
        }
        text(x, baseline, size, line.toString());
        return baseline + leading;
    }

    public void line(float x1, float y1, float x2, float y2, float width) {
        current().add(new Mark.Line(x1, y1, x2, y2, width));
    }

    public void image(byte[] png, float x, float y, float width, float height) {
        current().add(new Mark.Image(png.clone(), x, y, width, height));
    }

    /** A personal seal impression (印影): the characters stacked inside a red ring. */
    public void sealImpression(float centerX, float centerY, float radius, String characters) {
        current().add(new Mark.Circle(centerX, centerY, radius, 1.6f, Ink.SEAL_RED));
        int[] cps = characters.codePoints().toArray();
        float size = Math.min(radius * 1.2f, radius * 1.7f / Math.max(1, cps.length));
        float top = centerY - size * cps.length / 2 + size * 0.88f;
        for (int i = 0; i < cps.length; i++) {
            String ch = Character.toString(cps[i]);
            text(centerX - JapaneseFont.width(ch, size) / 2, top + i * size, size, ch, Ink.SEAL_RED);
        }
    }

    Optional<String> antiCopyWord() {
        return antiCopyWord;
    }

    List<List<Mark>> pages() {
        return pages;
    }

    /** Every character drawn, for the font subset. */
    String allText() {
        StringBuilder all = new StringBuilder(antiCopyWord.orElse(""));
        pages.forEach(page -> page.forEach(mark -> {
            if (mark instanceof Mark.Text t) {
                all.append(t.text());
            }
        }));
        return all.toString();
    }

    private List<Mark> current() {
        return pages.get(current);
    }
}
