package jp.madoguchi.ui.i18n;

import java.text.ChoiceFormat;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arguments a MessageFormat pattern uses and what each must be: any object, a number (plain, or a choice on a
 * number), or a date. Two translations of a key must agree, or the caller's arguments break one of them.
 */
public record MessageSignature(Map<Integer, Kind> arguments) {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    public enum Kind { ANY, NUMBER, DATE }

    /** Parses {@code pattern}; throws IllegalArgumentException when it is not a valid MessageFormat pattern. */
    public static MessageSignature of(String pattern, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        Format[] byIndex = format.getFormatsByArgumentIndex();
        Map<Integer, Kind> arguments = new TreeMap<>();
        Matcher matcher = ARGUMENT.matcher(format.toPattern());
        while (matcher.find()) {
            int index = Integer.parseInt(matcher.group(1));
            arguments.put(index, kindOf(index < byIndex.length ? byIndex[index] : null));
        }
        return new MessageSignature(arguments);
    }

    /** Sample arguments that fit this signature, for a trial format. */
    public Object[] sampleArguments() {
        int size = arguments.isEmpty() ? 0 : ((TreeMap<Integer, Kind>) arguments).lastKey() + 1;
        Object[] args = new Object[size];
        arguments.forEach((index, kind) -> args[index] = switch (kind) {
            case NUMBER -> 2;
            case DATE -> new java.util.Date(0);
            case ANY -> "«" + index + "»";
        });
        return args;
    }

    private static Kind kindOf(Format format) {
        if (format instanceof NumberFormat || format instanceof ChoiceFormat) {
            return Kind.NUMBER;
        }
        return format instanceof DateFormat ? Kind.DATE : Kind.ANY;
    }
}
