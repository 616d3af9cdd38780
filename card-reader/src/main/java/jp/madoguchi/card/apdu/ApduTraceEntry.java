package jp.madoguchi.card.apdu;

/**
 * One traced exchange. The command is already redacted (see {@link CommandApdu#toLogString()}); a trace
 * entry never holds PIN bytes. {@code response} is null when the exchange failed with a fault.
 */
public record ApduTraceEntry(String command, String response, int sw, long micros, String fault) {
    public String format() {
        if (fault != null) {
            return String.format("> %s%n! %s (%d us)", command, fault, micros);
        }
        return String.format("> %s%n< %s  SW=%s (%d us)", command, response, StatusWord.describe(sw), micros);
    }
}
