package jp.madoguchi.issuance.text;

import java.io.IOException;

/**
 * Why a file's bytes are not usable text, and where: the 1-based line and column of the first bad byte or the
 * overlong line ({@code 1:1} for the file as a whole, e.g. too large). The message is the bare reason; callers put
 * the file name in front ({@code file:line:column: message}).
 */
public final class TextProblem extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    public TextProblem(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** {@code name:line:column: message}, as compilers and {@code rules check} say it. */
    public String in(String name) {
        return name + ":" + line + ":" + column + ": " + getMessage();
    }
}
