package jp.madoguchi.app.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A configuration file that cannot be used, said as compilers and {@code rules check} say it, so an editor can jump
 * there: {@code file:line:column: message}, in the kiosk's words rather than Jackson's.
 */
public final class ConfigProblem extends IOException {
    private static final long serialVersionUID = 1L;
    /** The configuration's own checks name the field first ("language: unknown language tag 'xx'"). */
    private static final Pattern FIELD_FIRST = Pattern.compile("^(\\w+): ");

    private ConfigProblem(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem already said as {@code file:line:column: message} (one per line when there are several). */
    static ConfigProblem at(String located, Throwable cause) {
        return new ConfigProblem(located, cause);
    }

    static ConfigProblem of(Path file, String text, JsonProcessingException e) {
        String message = message(e);
        int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
        int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
        Matcher field = FIELD_FIRST.matcher(message);
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = FIELD_FIRST.matcher(unknown.getPropertyName() + ": ");
        }
        if (field.find()) {
            Position at = keyPosition(text, field.group(1));
            if (at != null) {
                line = at.line();
                column = at.column();
            }
        }
        return new ConfigProblem(file + ":" + line + ":" + column + ": " + message, e);
    }

    private static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted(Comparator.naturalOrder()).collect(Collectors.joining(", "));
            return "unknown field '" + unknown.getPropertyName() + "' (the fields are: " + known + ")";
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException) {
            return root.getMessage();
        }
        return e.getOriginalMessage().replaceAll("\\s+", " ").trim();
    }

    private record Position(int line, int column) {}

    /** Where {@code key:} starts a line of the file, 1-based, or null. */
    private static Position keyPosition(String text, String key) {
        String[] lines = text.split("\n", -1);
        Pattern at = Pattern.compile("^(\\s*)" + Pattern.quote(key) + "\\s*:");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = at.matcher(lines[i]);
            if (m.find()) {
                return new Position(i + 1, m.group(1).length() + 1);
            }
        }
        return null;
    }
}
