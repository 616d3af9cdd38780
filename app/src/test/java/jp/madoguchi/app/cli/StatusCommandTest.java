package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.kiosk.CardSource;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.app.kiosk.KioskSession;
import jp.madoguchi.app.kiosk.status.KioskStatus;
import jp.madoguchi.app.kiosk.status.StatusFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code status}: what the running kiosk published, with exit codes a monitoring system understands. The kiosk
 * sessions run for their blocks and are never named in them ("try" lint).
 */
@Timeout(60)
@SuppressWarnings("try")
class StatusCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void noKioskHasRunHereSoItIsNotRunning() throws Exception {
        Console console = Console.run("", "status", "--json", "--config", config("demo").toString());

        assertThat(console.exitCode()).isEqualTo(2);
        JsonNode status = JSON.readTree(console.out());
        assertThat(status.get("state").asText()).isEqualTo("not-running");
        assertThat(status.get("kiosk").isNull()).isTrue();
    }

    @Test
    void aProductionKioskOutOfServicePublishesItsFailedChecksAndNothingPersonal() throws Exception {
        Path config = config("production");
        try (KioskSession kiosk = KioskSession.open(KioskConfig.load(Optional.of(config)), CardSource.pcsc(""),
                Clock.systemUTC())) {
            awaitStatusFile();
            Console console = Console.run("", "status", "--json", "--config", config.toString());

            assertThat(console.exitCode()).isEqualTo(2);
            JsonNode status = JSON.readTree(console.out());
            assertThat(status.get("state").asText()).isEqualTo("out-of-service");
            JsonNode published = status.get("kiosk");
            assertThat(published.get("mode").asText()).isEqualTo("production");
            assertThat(published.get("failedChecks").findValuesAsText("check")).contains("configuration",
                    "staff-pin", "payment", "registry");
            assertThat(published.get("journal").get("records").asLong()).isGreaterThanOrEqualTo(0);
            assertThat(published.get("pcsc").get("serviceUp").isBoolean()).isTrue();
            assertThat(status.get("diskFreeBytes").asLong()).isPositive();
        }
    }

    @Test
    void aDemoKioskInServiceExitsZeroUnlessTheClockIsUnsynchronised() throws Exception {
        Path config = config("demo");
        try (KioskSession kiosk = KioskSession.open(KioskConfig.load(Optional.of(config)),
                CardSource.choose(true, Optional.empty()), Clock.systemUTC())) {
            awaitStatusFile();
            Console console = Console.run("", "status", "--json", "--config", config.toString());

            JsonNode status = JSON.readTree(console.out());
            assertThat(status.get("state").asText()).isEqualTo("in-service");
            boolean unsynchronised = status.get("clockSynchronized").isBoolean()
                    && !status.get("clockSynchronized").asBoolean();
            assertThat(console.exitCode()).isEqualTo(unsynchronised ? 1 : 0);
            assertThat(status.get("kiosk").get("lastVisit").isNull()).isTrue();
        }
    }

    @Test
    void aStatusNobodyRefreshedFor30SecondsMeansTheKioskIsNotRunning() throws Exception {
        Path config = config("demo");
        Instant old = Instant.now().minus(StatusCommand.STALE).minusSeconds(5);
        StatusFile.beside(dir.resolve("journal.db")).write(new KioskStatus("kiosk", "demo", KioskStatus.IN_SERVICE,
                old.toString(), old.toString(), List.of(), new KioskStatus.Pcsc(true, null, List.of()),
                new KioskStatus.Printer(null, null), new KioskStatus.Backend(KioskStatus.Backend.SAMPLE, null),
                new KioskStatus.Backend(KioskStatus.Backend.DEMONSTRATION, null),
                new KioskStatus.Journal("journal.db", 0, ""),
                new KioskStatus.Rules(4, null, null), 2, null));

        Console console = Console.run("", "status", "--config", config.toString());

        assertThat(console.exitCode()).isEqualTo(2);
        assertThat(console.out()).startsWith("not-running (status ");
    }

    private Path config(String mode) throws Exception {
        return Files.writeString(dir.resolve("kiosk.yaml"), "mode: " + mode + "\njournal: "
                + dir.resolve("journal.db") + "\nspool: " + dir.resolve("spool") + "\n");
    }

    private void awaitStatusFile() throws InterruptedException {
        Path file = dir.resolve("status.json");
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(file)) {
            assertThat(System.nanoTime()).as("status.json written").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
