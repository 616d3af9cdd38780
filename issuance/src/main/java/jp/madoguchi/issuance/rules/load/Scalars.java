package jp.madoguchi.issuance.rules.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.issuance.Identified;

/**
 * Typed reads of scalar nodes. Each read either returns the value or reports, at the node, what {@code what} had to
 * be and what was written instead, and returns empty; callers simply skip what they cannot build.
 */
final class Scalars {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    private final Problems problems;

    Scalars(Problems problems) {
        this.problems = problems;
    }

    Optional<String> text(Node node, String what) {
        if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.STRING
                && !scalar.text().isBlank()) {
            return Optional.of(scalar.text());
        }
        return fail(node, what + " must be a non-empty text, got " + node.describe());
    }

    /** A whole number between {@code min} and {@code max}; {@code unit} names it in the message ("yen", "years"). */
    Optional<Integer> integer(Node node, String what, int min, int max, String unit) {
        if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.INTEGER) {
            try {
                int value = Integer.parseInt(scalar.text());
                if (value >= min && value <= max) {
                    return Optional.of(value);
                }
            } catch (NumberFormatException tooLong) {
                // falls through to the range message
            }
        }
        String range = min == 1 && max == Integer.MAX_VALUE
                ? "a positive integer" : "an integer from " + min + " to " + max;
        return fail(node, what + " must be " + range + " (" + unit + "), got " + node.describe());
    }

    Optional<Boolean> bool(Node node, String what) {
        if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(scalar.text()) || scalar.text().matches("(?i)yes|on|y"));
        }
        return fail(node, what + " must be true or false, got " + node.describe());
    }

    Optional<LocalDate> date(Node node, String what) {
        return parsed(node, what, DATE, "a date like 2027-04-01", LocalDate::parse);
    }

    /** Tokyo local time; files never carry offsets because every kiosk decision is made in Asia/Tokyo. */
    Optional<LocalDateTime> dateTime(Node node, String what) {
        return parsed(node, what, DATE_TIME, "a Tokyo local time like 2026-11-14T00:00", LocalDateTime::parse);
    }

    Optional<MonthDay> monthDay(Node node, String what) {
        Optional<String> text = textOf(node);
        Matcher m = MONTH_DAY.matcher(text.orElse(""));
        if (m.matches()) {
            try {
                return Optional.of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (DateTimeException e) {
                return fail(node, what + " " + node.describe() + " is not a day of the year");
            }
        }
        return fail(node, what + " must be a month and day like 06-01, got " + node.describe());
    }

    private <T> Optional<T> parsed(Node node, String what, Pattern shape, String expected,
            Function<String, T> parser) {
        Optional<String> text = textOf(node).filter(t -> shape.matcher(t).matches());
        if (text.isEmpty()) {
            return fail(node, what + " must be " + expected + ", got " + node.describe());
        }
        try {
            return Optional.of(parser.apply(text.get()));
        } catch (DateTimeException e) {
            return fail(node, what + " " + node.describe() + " is not a real calendar date");
        }
    }

    /** One id of {@code type}; {@code kind} names the vocabulary in the message ("certificate type"). */
    <E extends Enum<E> & Identified> Optional<E> id(Node node, Class<E> type, String what, String kind) {
        Optional<String> text = textOf(node);
        Optional<E> value = text.flatMap(t -> Identified.byId(type, t));
        if (value.isEmpty()) {
            return fail(node, what + ": unknown " + kind + " " + node.describe() + "; expected one of: "
                    + Identified.idList(type));
        }
        return value;
    }

    /** A list of distinct ids; each bad entry is reported at its own position. */
    <E extends Enum<E> & Identified> Optional<Set<E>> idSet(Node node, Class<E> type, String what, String kind) {
        if (!(node instanceof Node.Sequence sequence)) {
            return fail(node, what + " must be a list of " + kind + " ids, got " + node.describe());
        }
        Set<E> values = EnumSet.noneOf(type);
        boolean ok = true;
        for (Node item : sequence.items()) {
            Optional<E> value = id(item, type, what, kind);
            ok &= value.isPresent();
            if (value.isPresent() && !values.add(value.get())) {
                ok = false;
                problems.at(item, what + " lists " + item.describe() + " twice");
            }
        }
        return ok ? Optional.of(values) : Optional.empty();
    }

    private static Optional<String> textOf(Node node) {
        return node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.STRING
                ? Optional.of(scalar.text()) : Optional.empty();
    }

    <T> Optional<T> fail(Node node, String message) {
        problems.at(node, message);
        return Optional.empty();
    }
}
