package jp.madoguchi.issuance.rules;

/**
 * A 全国地方公共団体コード in its six-digit form: prefecture (2), municipality (3) and a mod-11 check digit. Files and
 * requests may give the five-digit form; it is completed here so that both spellings name the same municipality.
 */
public record MunicipalityCode(String value) {
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    public MunicipalityCode {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (value.length() != 6) {
            throw new IllegalArgumentException("use parse() for the five-digit form " + value);
        }
    }

    /** Parses a five- or six-digit code; the message of the exception says exactly what is wrong. */
    public static MunicipalityCode parse(String text) {
        String problem = problemWith(text);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return new MunicipalityCode(text.length() == 5 ? text + checkDigit(text) : text);
    }

    /** Null when {@code text} is a valid five- or six-digit code, otherwise why it is not. */
    public static String problemWith(String text) {
        boolean digits = text != null && text.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits || text.length() < 5 || text.length() > 6) {
            return "municipality code must be 5 or 6 digits, got '" + text + "'";
        }
        if (text.startsWith("00") || Integer.parseInt(text.substring(0, 2)) > 47) {
            return "municipality code " + text + " has no prefecture " + text.substring(0, 2) + " (01-47)";
        }
        if (text.length() == 6) {
            int expected = checkDigit(text.substring(0, 5));
            if (text.charAt(5) - '0' != expected) {
                return "municipality code " + text + " has check digit " + text.charAt(5) + ", expected " + expected;
            }
        }
        return null;
    }

    /** JIS X 0402 検査数字: the last digit of 11 minus the weighted digit sum mod 11. */
    public static int checkDigit(String fiveDigits) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
