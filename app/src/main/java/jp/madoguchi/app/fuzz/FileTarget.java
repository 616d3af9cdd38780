package jp.madoguchi.app.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.protocol.RulesOperations;

/** A reading path under test: the file it reads and what it makes of it, as its command would print it. */
interface FileTarget {
    /** The file each case is written to; for rule files the only one in its directory. */
    Path file();

    Verdict check() throws IOException;

    /** {@code rules check DIR}: what {@code RulesCheckCommand} runs and prints. */
    record RuleFile(Path directory) implements FileTarget {
        @Override
        public Path file() {
            return directory.resolve("municipality.yaml");
        }

        @Override
        public Verdict check() throws IOException {
            CheckReport report = new CheckReport(RulesOperations.load(Optional.of(directory)));
            report.fileLines();
            report.summary();
            if (report.ok()) {
                return Verdict.ACCEPTED;
            }
            List<String> errors = report.errorLines();
            if (errors.isEmpty()) {
                return Verdict.crash("refused without an error line: " + report.summary());
            }
            return errors.stream().filter(line -> !line.startsWith(file() + ":")).findFirst()
                    .map(line -> Verdict.crash("an error without the file's name: " + line))
                    .orElse(Verdict.REPORTED);
        }
    }

    /** The file part of {@code config check} (and of the kiosk's start): what {@code ConfigOption} reads. */
    record Configuration(Path directory) implements FileTarget {
        @Override
        public Path file() {
            return directory.resolve("kiosk.yaml");
        }

        @Override
        public Verdict check() {
            try {
                KioskConfig config = KioskConfig.load(Optional.of(file()));
                config.toString();
                config.kioskMode();
                config.staffPin();
                config.journalKeyFile();
                config.kioskLanguage();
                return Verdict.ACCEPTED;
            } catch (IOException | IllegalArgumentException e) { // what config check reports, exit 2
                return e.getMessage() != null && e.getMessage().startsWith(file() + ":") ? Verdict.REPORTED
                        : Verdict.crash("a message without the file's name: " + e.getMessage());
            }
        }
    }
}
