package jp.madoguchi.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Output in UTF-8 whatever the machine's locale, so 住民票 never prints as '?' on a C-locale kiosk. */
final class Utf8 {
    private Utf8() {}

    static PrintStream stdout() {
        return new PrintStream(System.out, true, StandardCharsets.UTF_8);
    }

    static PrintStream stderr() {
        return new PrintStream(System.err, true, StandardCharsets.UTF_8);
    }
}
