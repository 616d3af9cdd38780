package jp.madoguchi.app.output.document.pdf;

/** A colour as RGB fractions; only the few the documents use. */
public record Ink(float red, float green, float blue) {
    public static final Ink BLACK = new Ink(0, 0, 0);
    /** 朱肉: the vermilion of official seals. */
    public static final Ink SEAL_RED = new Ink(0.85f, 0.12f, 0.10f);
    public static final Ink GREY = new Ink(0.45f, 0.45f, 0.45f);
}
