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
import jp.madoguchi.issuance.Samples;
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
            JsonNode rules = status.get("kiosk").get("rules");
            assertThat(rules.get("directory").asText()).isEqualTo(KioskStatus.Rules.SAMPLES);
            assertThat(rules.get("municipalities").asInt()).isEqualTo(4);
            assertThat(rules.get("warnings").isEmpty()).isTrue();
            assertThat(rules.get("duplicates").isEmpty()).isTrue();
        }
    }

    @Test
    void aTrainingKioskSaysWhichFileServesAMunicipalityNamedTwiceAndIsDegradedByAnInvalidCopy() throws Exception {
        Path rulesDir = Files.createDirectories(dir.resolve("rules"));
        String harima = Samples.HARIMA_FILE;
        Files.writeString(rulesDir.resolve("harima.yaml"), harima);
        Files.writeString(rulesDir.resolve("harima-copy.yaml"), harima.replace("fee: 200", "fee: -200"));
        Path config = Files.writeString(dir.resolve("kiosk.yaml"), "mode: training\njournal: "
                + dir.resolve("journal.db") + "\nspool: " + dir.resolve("spool") + "\nrulesDirectory: " + rulesDir
                + "\n");
        try (KioskSession kiosk = KioskSession.open(KioskConfig.load(Optional.of(config)), CardSource.pcsc(""),
                Clock.systemUTC())) {
            awaitStatusFile();
            Console json = Console.run("", "status", "--json", "--config", config.toString());
            Console text = Console.run("", "status", "--config", config.toString());

            JsonNode rules = JSON.readTree(json.out()).get("kiosk").get("rules");
            assertThat(rules.get("directory").asText()).isEqualTo(rulesDir.toString());
            assertThat(rules.get("municipalities").asInt()).isEqualTo(1);
            assertThat(rules.get("problem").isNull()).as("an invalid stray copy is no rules problem").isTrue();
            assertThat(rules.get("warnings").get(0).asText()).contains(rulesDir + "/harima-copy.yaml is invalid",
                    "not used: " + rulesDir + "/harima.yaml serves municipality 284645");
            JsonNode duplicate = rules.get("duplicates").get(0);
            assertThat(duplicate.get("municipality").asText()).isEqualTo("284645");
            assertThat(duplicate.get("served").asText()).isEqualTo(rulesDir + "/harima.yaml");
            assertThat(duplicate.get("notUsed").get(0).asText()).isEqualTo(rulesDir + "/harima-copy.yaml");
            assertThat(JSON.readTree(json.out()).get("kiosk").get("failedChecks").findValuesAsText("check"))
                    .doesNotContain("rules");
            assertThat(text.out()).contains("rules: 1 municipalities from " + rulesDir,
                    "municipality 284645: served by " + rulesDir + "/harima.yaml; not used: " + rulesDir
                            + "/harima-copy.yaml");
        }
    }

    @Test
    void aRulesWarningMakesAnInServiceKioskDegraded() throws Exception {
        Path config = config("demo");
        Instant now = Instant.now();
        StatusFile.beside(dir.resolve("journal.db")).write(new KioskStatus("kiosk", "training", KioskStatus.IN_SERVICE,
                now.toString(), now.toString(), List.of(), new KioskStatus.Pcsc(true, null, List.of()),
                new KioskStatus.Printer(null, null), new KioskStatus.Backend(KioskStatus.Backend.SAMPLE, null),
                new KioskStatus.Backend(KioskStatus.Backend.DEMONSTRATION, null),
                new KioskStatus.Journal("journal.db", 0, ""),
                new KioskStatus.Rules(1, "/srv/rules", null, null, List.of("warning: /srv/rules/a.yaml is invalid"),
                        List.of(new KioskStatus.Duplicate("284645", "/srv/rules/b.yaml", List.of("/srv/rules/a.yaml")))),
                2, null));

        Console console = Console.run("", "status", "--config", config.toString());

        assertThat(console.exitCode()).isEqualTo(1);
        assertThat(console.out()).startsWith("in-service").contains("    warning: /srv/rules/a.yaml is invalid");
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
                new KioskStatus.Rules(4, KioskStatus.Rules.SAMPLES, null, null, List.of(), List.of()), 2, null));

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
