package jp.madoguchi.app.output.printing.cups;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a local CUPS server keeps of a job once it has printed, from its {@code cupsd.conf}: the job's files (the
 * certificate itself, {@code PreserveJobFiles}, 86400 s by default) and its history ({@code PreserveJobHistory}, the
 * job's name, owner and times, kept until MaxJobs by default). Only an administrator may purge a completed job
 * (Purge-Jobs; Cancel-Job refuses finished jobs even to their owner), and the kiosk is not one, so the server itself
 * must not keep them: {@code PreserveJobFiles No} and a short history, long enough for the kiosk to see the job
 * complete ({@link #REQUIRED}: what the package's postinst sets with {@code cupsctl}).
 */
public final class CupsRetention {
    /** The settings the kiosk needs, as {@code cupsctl} takes them. */
    public static final String REQUIRED = "PreserveJobFiles=No PreserveJobHistory=60";
    static final int SHORTEST_HISTORY = 30;
    static final int LONGEST_HISTORY = 3600;

    private CupsRetention() {}

    /**
     * Why the server configured by {@code cupsdConf} would keep what a visit printed, if it would; empty when it
     * keeps nothing but a short history, and when the file cannot be read (a remote server, or one rewritten by
     * cupsctl: {@link CupsPrinter} then asks CUPS whether it still holds the documents of finished jobs).
     */
    public static Optional<String> problem(Path cupsdConf) {
        return read(cupsdConf).flatMap(lines -> problem(lines, cupsdConf.toString()));
    }

    /**
     * The file's lines, when this process may read it: Debian installs {@code cupsd.conf} world-readable, but once
     * {@code cupsctl} has rewritten it, it is {@code 0640 root:lp} (ConfigFilePerm), and the kiosk's user cannot.
     */
    static Optional<List<String>> read(Path cupsdConf) {
        try {
            return Optional.of(Files.readAllLines(cupsdConf, StandardCharsets.UTF_8));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    static Optional<String> problem(List<String> lines, String file) {
        Map<String, String> settings = settings(lines);
        String files = settings.getOrDefault("preservejobfiles", "86400 (the default)");
        String history = settings.getOrDefault("preservejobhistory", "Yes (the default)");
        StringBuilder why = new StringBuilder();
        if (!isNo(files)) {
            why.append("it keeps each printed job's document (PreserveJobFiles ").append(files).append(')');
        }
        Optional<Integer> seconds = seconds(history);
        if (isNo(history)) {
            why.append(why.length() == 0 ? "" : " and ").append("it forgets a job as it completes, before the kiosk"
                    + " sees it printed (PreserveJobHistory No)");
        } else if (seconds.filter(s -> s >= SHORTEST_HISTORY && s <= LONGEST_HISTORY).isEmpty()) {
            why.append(why.length() == 0 ? "" : " and ").append("it keeps each job's history ")
                    .append(seconds.map(s -> "for " + s + " s").orElse("until MaxJobs"))
                    .append(" (PreserveJobHistory ").append(history).append(')');
        }
        if (why.length() == 0) {
            return Optional.empty();
        }
        return Optional.of("CUPS: " + why + " in " + file + "; set: cupsctl " + REQUIRED);
    }

    /** The server-wide directives, outside any Location or Policy block; the last one of a name wins, as in cupsd. */
    private static Map<String, String> settings(List<String> lines) {
        Map<String, String> settings = new java.util.HashMap<>();
        int depth = 0;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("</")) {
                depth = Math.max(0, depth - 1);
            } else if (line.startsWith("<")) {
                depth++;
            } else if (depth == 0) {
                String[] parts = line.split("\\s+", 2);
                settings.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
            }
        }
        return settings;
    }

    private static boolean isNo(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals("no") || v.equals("off") || v.equals("false") || v.equals("0");
    }

    private static Optional<Integer> seconds(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
