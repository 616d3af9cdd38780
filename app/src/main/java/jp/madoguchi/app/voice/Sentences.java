package jp.madoguchi.app.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits Japanese text for an engine with a line limit: after each 。, and a sentence still too long after its
 * commas (、 or ,), then hard at the limit. Nothing is dropped: the pieces joined are the text.
 */
final class Sentences {
    private Sentences() {}

    static List<String> of(String text, int max) {
        List<String> pieces = new ArrayList<>();
        for (String sentence : split(text, "。")) {
            if (sentence.length() <= max) {
                add(pieces, sentence);
                continue;
            }
            for (String clause : split(sentence, "、,")) {
                for (int at = 0; at < clause.length(); at += max) {
                    add(pieces, clause.substring(at, Math.min(clause.length(), at + max)));
                }
            }
        }
        return pieces;
    }

    /** Pieces that each end with one of {@code marks} (kept), the last with whatever remains. */
    private static List<String> split(String text, String marks) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (marks.indexOf(text.charAt(i)) >= 0) {
                out.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static void add(List<String> pieces, String piece) {
        if (!piece.isBlank()) {
            pieces.add(piece.strip());
        }
    }
}
