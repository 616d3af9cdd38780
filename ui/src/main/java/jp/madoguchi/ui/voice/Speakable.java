package jp.madoguchi.ui.voice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Screen text made fit to be read aloud. Phone numbers are read digit by digit with a pause between the groups:
 * written as digits, "0120-0178-27" is read as a thousand-and-something by both engines, and nobody can dial that.
 * Line breaks become pauses.
 */
final class Speakable {
    private static final Pattern PHONE = Pattern.compile("\\d{2,4}(?:-\\d{1,4}){1,3}");

    private Speakable() {}

    static String speakable(String screenText) {
        Matcher phone = PHONE.matcher(screenText.replace("\n", " "));
        StringBuilder out = new StringBuilder();
        while (phone.find()) {
            phone.appendReplacement(out, Matcher.quoteReplacement(of(phone.group())));
        }
        phone.appendTail(out);
        return out.toString();
    }

    /** "0120-0178-27" → "0 1 2 0, 0 1 7 8, 2 7". */
    static String of(String number) {
        StringBuilder spoken = new StringBuilder();
        for (char c : number.toCharArray()) {
            if (Character.isDigit(c)) {
                if (!spoken.isEmpty() && spoken.charAt(spoken.length() - 1) != ' ') {
                    spoken.append(' ');
                }
                spoken.append(c);
            } else if (c == '-' && !spoken.isEmpty()) {
                spoken.append(", ");
            }
        }
        return spoken.toString();
    }
}
