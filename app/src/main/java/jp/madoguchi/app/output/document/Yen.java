package jp.madoguchi.app.output.document;

import java.text.NumberFormat;
import java.util.Locale;

/** Amounts as Japanese documents print them: 1,200円. */
final class Yen {
    private Yen() {}

    static String of(int amount) {
        return NumberFormat.getIntegerInstance(Locale.JAPAN).format(amount) + "円";
    }
}
