package jp.madoguchi.app.logging;

import java.nio.charset.StandardCharsets;

/**
 * The journal's head as every JSON log line carries it ({@code "journal":{"records":n,"head":"…"}}): the fleet keeps
 * its logs apart from the kiosk, so a journal cut short or replaced on the kiosk no longer matches what the fleet
 * last saw. Set by the journal after each record; read by {@link KioskLogEncoder}.
 */
public final class JournalHeadLog {
    private static volatile byte[] field = new byte[0];

    private JournalHeadLog() {}

    /** The journal now holds {@code records} records, the newest hashing to {@code head} (hexadecimal). */
    public static void set(long records, String head) {
        field = (",\"journal\":{\"records\":" + records + ",\"head\":\"" + head + "\"}")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code line} (one JSON object and its line end) with the head added as its last member, once one is set. */
    static byte[] append(byte[] line) {
        byte[] add = field;
        int close = line.length - 1;
        while (close >= 0 && line[close] != '}') {
            close--;
        }
        if (add.length == 0 || close < 0) {
            return line;
        }
        byte[] out = new byte[line.length + add.length];
        System.arraycopy(line, 0, out, 0, close);
        System.arraycopy(add, 0, out, close, add.length);
        System.arraycopy(line, close, out, close + add.length, line.length - close);
        return out;
    }
}
