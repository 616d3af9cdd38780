package jp.madoguchi.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.JournalException;
import jp.madoguchi.app.output.journal.JournalExport;
import jp.madoguchi.issuance.engine.RuleEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code journal export [--follow]}: the records as JSON lines on stdout, for a fleet's log pipeline. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write journal records as JSON lines (one record per line) to stdout.")
public final class JournalExportCommand implements Callable<Integer> {
    private static final Duration FOLLOW_POLL = Duration.ofSeconds(1);

    @Mixin
    JournalFile file;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "Only records at or after WHEN: a time with offset (2026-11-21T09:00:00+09:00) or a Tokyo date (2026-11-21).")
    String since;

    @Option(names = "--follow", description = "Keep running: write each record the kiosk appends as it lands"
            + " (checked every second), for a log shipper. Stops when stdout closes.")
    boolean follow;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Instant from;
        try {
            from = since == null ? null : parse(since);
        } catch (DateTimeParseException e) {
            err.println("journal export: --since must be an instant or a date, got '" + since + "'");
            return 2;
        }
        try {
            Optional<Journal> opened = file.open();
            if (opened.isEmpty()) {
                err.println("journal export: no journal at " + file.path());
                return 2;
            }
            try (Journal journal = opened.get()) {
                if (follow) {
                    JournalExport.follow(journal, from, spec.commandLine().getOut(), FOLLOW_POLL);
                } else {
                    JournalExport.write(journal, from, spec.commandLine().getOut());
                }
                return 0;
            }
        } catch (JournalException | IOException | IllegalArgumentException e) {
            err.println("journal export: " + e.getMessage());
            return 2;
        }
    }

    static Instant parse(String text) {
        return text.contains("T") ? OffsetDateTime.parse(text).toInstant()
                : LocalDate.parse(text).atStartOfDay(RuleEngine.TOKYO).toInstant();
    }
}
