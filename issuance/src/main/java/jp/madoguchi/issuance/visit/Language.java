package jp.madoguchi.issuance.visit;

import java.util.Objects;

/**
 * The visit's language as a BCP 47-like tag the UI understands ({@code ja}, {@code en}, {@code zh-CN},
 * {@code ja-EASY}). The machine only carries it: which languages exist is the UI's business.
 */
public record Language(String tag) {
    public static final Language JAPANESE = new Language("ja");

    public Language {
        Objects.requireNonNull(tag, "tag");
        if (!tag.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("not a language tag: " + tag);
        }
    }
}
