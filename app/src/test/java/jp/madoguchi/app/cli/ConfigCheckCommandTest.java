package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code config check}: the file as a compiler would report it, then one line per check of the kiosk's mode. */
class ConfigCheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void aWrongFieldIsReportedAtItsLineInPlainWordsAndExits2() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "mode: production\nprinterQueue: Kiosk_A4\n");

        Console console = Console.run("", "config", "check", "--config", file.toString());

        assertThat(console.exitCode()).isEqualTo(2);
        assertThat(console.err()).startsWith(file + ":2:1: unknown field 'printerQueue' (the fields are: ")
                .doesNotContain("jp.madoguchi", "com.fasterxml");
    }

    @Test
    void aProductionKioskWithLittleConfiguredFailsEachMissingPartOnItsOwnLine() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "mode: production\njournal: "
                + dir.resolve("data/journal.db") + "\n");

        Console console = Console.run("", "config", "check", "--config", file.toString());

        assertThat(console.exitCode()).isEqualTo(1);
        assertThat(console.out().lines()).contains("ok    file " + file + ", mode production", "ok    disk",
                "ok    journal", "FAIL  configuration: production mode needs reader, rulesDirectory, trustDirectory,"
                        + " rulesSigners, printer in the configuration",
                "FAIL  rules: no rulesDirectory configured",
                "FAIL  staff-pin: no staffPinHash configured (make one with: madoguchi staff-pin-hash)");
        assertThat(console.out()).contains("FAIL  trust: ", "FAIL  payment: ", "FAIL  registry: ");
        assertThat(console.out().lines()).as("production never makes its own key").contains("FAIL  journal: the"
                + " journal key " + dir.resolve("journal.key").toAbsolutePath() + " is missing (the package makes it at"
                + " install; see docs/output.md)");
        assertThat(dir.resolve("data/journal.db")).as("config check never creates the journal").doesNotExist();
        assertThat(dir.resolve("journal.key")).as("nor the key").doesNotExist();
    }

    @Test
    @SuppressWarnings("try") // the simulator only has to be listening
    void aConfiguredPaymentSocketIsCheckedLiveInsteadOfAlwaysFailing() throws Exception {
        Path socket = dir.resolve("cash.sock");
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "mode: production\njournal: "
                + dir.resolve("data/journal.db") + "\npayment:\n  socket: " + socket + "\n");

        Console absent = Console.run("", "config", "check", "--config", file.toString());
        assertThat(absent.out().lines()).contains("FAIL  payment: not connected to " + socket
                + ": No such file or directory");
        try (jp.madoguchi.app.output.payment.simulator.PaymentSimulator simulator =
                jp.madoguchi.app.output.payment.simulator.PaymentSimulator.start(socket, java.util.List.of(),
                        java.time.Duration.ofMillis(10))) {
            Console running = Console.run("", "config", "check", "--config", file.toString());
            assertThat(running.out().lines()).contains("ok    payment");
        }
    }

    @Test
    void theDemoChecksOnlyItsFile() {
        Console console = Console.run("", "config", "check");

        assertThat(console.exitCode()).isZero();
        assertThat(console.out()).contains("ok    file (none: the defaults), mode demo", "stand in");
    }
}
