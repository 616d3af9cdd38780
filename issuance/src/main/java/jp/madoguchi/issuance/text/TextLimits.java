package jp.madoguchi.issuance.text;

/**
 * How much text is read before a file is refused. SnakeYAML's time grows steeply with line length (a 20 MB line
 * took 57 s and 1.2 GB), so the limits keep any file's cost small; the samples are far below them.
 *
 * @param what how the refusal names the input ("rule file", "configuration", "request")
 * @param maxBytes the size limit in bytes, after which reading stops
 * @param maxLineLength the longest line in characters
 */
public record TextLimits(String what, int maxBytes, int maxLineLength) {
    /** 1 MiB, lines up to 4,096 characters: a municipality's rules are a few kilobytes. */
    public static final TextLimits RULE_FILE = new TextLimits("rule file", 1 << 20, 4096);
    /** 256 KiB, lines up to 4,096 characters. */
    public static final TextLimits CONFIGURATION = new TextLimits("configuration", 256 << 10, 4096);
    /** 1 MiB; JSON's parser is linear in line length, so a one-line request needs no line limit. */
    public static final TextLimits REQUEST = new TextLimits("request", 1 << 20, 1 << 20);
    /** 64 MiB of JSON lines, each a request of at most 1 MiB: tens of thousands of cases in one run. */
    public static final TextLimits CASES = new TextLimits("case file", 64 << 20, 1 << 20);

    public TextLimits {
        if (maxBytes < 1 || maxLineLength < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The size limit as people say it: {@code 1 MiB}, {@code 256 KiB}. */
    public String size() {
        return maxBytes % (1 << 20) == 0 ? (maxBytes >> 20) + " MiB"
                : maxBytes % 1024 == 0 ? (maxBytes >> 10) + " KiB" : maxBytes + " bytes";
    }
}
