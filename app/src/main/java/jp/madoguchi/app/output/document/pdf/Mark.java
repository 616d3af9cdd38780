package jp.madoguchi.app.output.document.pdf;

/** One thing drawn on a page, in points from the page's top-left corner ({@code y} grows downwards). */
public sealed interface Mark {
    /** {@code y} is the text's baseline. */
    record Text(float x, float y, float size, String text, Ink ink) implements Mark {}

    record Line(float x1, float y1, float x2, float y2, float width) implements Mark {}

    /** A PNG placed with its top-left corner at (x, y). */
    record Image(byte[] png, float x, float y, float width, float height) implements Mark {}

    record Circle(float centerX, float centerY, float radius, float width, Ink ink) implements Mark {}
}
