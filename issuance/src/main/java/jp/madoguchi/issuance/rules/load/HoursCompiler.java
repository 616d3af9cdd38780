package jp.madoguchi.issuance.rules.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.DayHours;
import jp.madoguchi.issuance.rules.DaySelector;
import jp.madoguchi.issuance.rules.ServiceHours;
import jp.madoguchi.issuance.rules.TimeWindow;

/**
 * Compiles an {@code hours} block: day selector to {@code closed} or one or more windows {@code "HH:MM-HH:MM"}, comma
 * separated, in order and not overlapping ({@code "08:30-12:00,13:00-17:15"} for a lunch break).
 */
final class HoursCompiler {
    private static final Pattern WINDOW = Pattern.compile("(\\d{2}):(\\d{2})-(\\d{2}):(\\d{2})");

    private final Problems problems;
    private final Scalars scalars;

    HoursCompiler(Problems problems) {
        this.problems = problems;
        this.scalars = new Scalars(problems);
    }

    Optional<ServiceHours> compile(Node node, String path) {
        if (!(node instanceof Node.Mapping mapping) || mapping.fields().isEmpty()) {
            return scalars.fail(node, path + " must map days (" + Identified.idList(DaySelector.class)
                    + ") to times like 06:30-23:00, got " + node.describe());
        }
        Map<DaySelector, DayHours> windows = new EnumMap<>(DaySelector.class);
        boolean ok = true;
        for (Node.Field field : mapping.fields().values()) {
            Optional<DaySelector> day = Identified.byId(DaySelector.class, field.key());
            if (day.isEmpty()) {
                problems.at(field.keyLocation(), "unknown day '" + field.key() + "' in " + path + "; expected one of: "
                        + Identified.idList(DaySelector.class));
            }
            Optional<DayHours> window = day(field.value(), path + "." + field.key());
            ok &= day.isPresent() && window.isPresent();
            if (day.isPresent() && window.isPresent()) {
                windows.put(day.get(), window.get());
            }
        }
        return ok ? Optional.of(new ServiceHours(windows)) : Optional.empty();
    }

    private Optional<DayHours> day(Node node, String path) {
        boolean isText = node instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.STRING;
        String text = isText ? ((Node.Scalar) node).text() : "";
        if (text.equals("closed")) {
            return Optional.of(DayHours.CLOSED);
        }
        List<TimeWindow> windows = new ArrayList<>(2);
        for (String part : text.split(",", -1)) {
            Optional<TimeWindow> window = window(node, part.strip(), path);
            if (window.isEmpty()) {
                return Optional.empty();
            }
            TimeWindow previous = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (previous != null && window.get().startMinute() < previous.endMinute()) {
                return scalars.fail(node, path + " " + node.describe() + ": " + window.get() + " starts before "
                        + previous + " ends; write the windows of a day in order, without overlap");
            }
            windows.add(window.get());
        }
        return Optional.of(new DayHours(windows));
    }

    private Optional<TimeWindow> window(Node node, String text, String path) {
        Matcher m = WINDOW.matcher(text);
        if (!m.matches()) {
            return scalars.fail(node, path + " must be a time window like 09:00-17:00, several like"
                    + " 08:30-12:00,13:00-17:15, or 'closed', got " + node.describe());
        }
        int start = minutes(m.group(1), m.group(2));
        int end = minutes(m.group(3), m.group(4));
        if (start < 0 || end < 0 || start >= 24 * 60) {
            return scalars.fail(node, path + " " + node.describe() + " has a time outside 00:00-24:00");
        }
        if (end <= start) {
            return scalars.fail(node, path + " time window ends at " + m.group(3) + ":" + m.group(4)
                    + (end == start ? ", the same time it starts"
                            : ", before it starts at " + m.group(1) + ":" + m.group(2)));
        }
        return Optional.of(new TimeWindow(start, end));
    }

    /** Minutes since midnight, or -1 for an impossible time; 24:00 is allowed as the end of the day. */
    private static int minutes(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (m > 59 || h > 24 || (h == 24 && m > 0)) {
            return -1;
        }
        return h * 60 + m;
    }
}
