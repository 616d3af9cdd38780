package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskConfigTest {
    @TempDir
    Path dir;

    @Test
    void theSampleFileReadsAsADemoAndShipsNoStaffPin() throws IOException {
        KioskConfig sample = KioskConfig.load(Optional.of(Path.of("..", "config", "kiosk.sample.yaml")));

        assertThat(sample.municipality()).isEqualTo("284645");
        assertThat(sample.idleAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(sample.kioskMode()).isEqualTo(KioskMode.DEMO);
        assertThat(sample.staffPin()).as("a copied sample must not open the staff screen with a known PIN").isEmpty();
    }

    @Test
    void theModeIsTheDemoUnlessSetAndAnUnknownOneIsRefused() throws IOException {
        assertThat(KioskConfig.load(Optional.empty()).kioskMode()).isEqualTo(KioskMode.DEMO);
        KioskConfig production = KioskConfig.load(Optional.of(write("mode: production\nreader: ACS ACR39U\n")));
        assertThat(production.kioskMode()).isEqualTo(KioskMode.PRODUCTION);
        assertThat(production.readerName()).contains("ACS ACR39U");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(write("mode: live\n"))))
                .hasMessageContaining("mode: 'live' is none of demo, training, production");
    }

    @Test
    void noFileMeansTheDefaults() throws IOException {
        KioskConfig defaults = KioskConfig.load(Optional.empty());

        assertThat(defaults.idleAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.idleWarning()).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.kioskLanguage()).isEqualTo(KioskLanguage.JAPANESE);
        assertThat(defaults.staffPin()).isEmpty();
        assertThat(defaults.rulesDirectory()).isNull();
    }

    @Test
    void fieldsLeftOutKeepTheirDefaultsAndTheCommandLineOverrides() throws IOException {
        KioskConfig config = KioskConfig.load(Optional.of(write("idleAfterSeconds: 20\nlanguage: th\n")))
                .with(Path.of("/rules"), "ne");

        assertThat(config.idleAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.idleWarning()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.kioskLanguage()).isEqualTo(KioskLanguage.NEPALI);
        assertThat(config.rulesDirectory()).isEqualTo(Path.of("/rules"));
    }

    @Test
    void typosAndBadValuesAreRefusedWithTheFileName() throws IOException {
        Path typo = write("idleAfterSecond: 20\n");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(typo))).hasMessageContaining(typo.toString())
                .hasMessageContaining("idleAfterSecond");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(write("idleWarningSeconds: 0\n"))))
                .hasMessageContaining("idleWarningSeconds");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(write("staffPinHash: \"123456\"\n"))))
                .hasMessageContaining("pbkdf2-sha256");
    }

    /** As rules check says it: file:line:column and the kiosk's words, not Jackson's class names. */
    @Test
    void aBadFileIsReportedAtItsLineAndColumnInPlainWords() throws IOException {
        Path typo = write("mode: demo\nlanguage: ja\n  \nidleAfterSecond: 20\n");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(typo)))
                .hasMessageStartingWith(typo + ":4:1: unknown field 'idleAfterSecond' (the fields are: ")
                .hasMessageContaining("idleAfterSeconds").hasMessageNotContaining("jp.madoguchi");
        Path value = write("mode: demo\nlanguage: xx\n");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(value)))
                .hasMessage(value + ":2:1: language: unknown language tag 'xx'");
        Path yaml = write("mode: demo\nlanguage: [ja\n");
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(yaml))).hasMessageStartingWith(yaml + ":");
    }

    @Test
    void theLogFormNamesNoSecret() throws IOException {
        KioskConfig configured = KioskConfig.load(Optional.of(write("staffPinHash: \"" + KioskLauncher.DEMO_STAFF_PIN_HASH
                + "\"\n")));

        assertThat(configured.toString()).doesNotContain("pbkdf2").contains("staff PIN set");
    }

    @Test
    void theJournalKeyLivesWithTheConfigurationNotWithTheJournal() throws IOException {
        KioskConfig configured = KioskConfig.load(Optional.of(write("journal: " + dir.resolve("data/journal.db") + "\n")));
        assertThat(configured.journalKeyFile()).isEqualTo(dir.resolve("journal.key").toAbsolutePath());

        KioskConfig chosen = KioskConfig.load(Optional.of(write("journalKey: /etc/kiosk/serial.key\n")));
        assertThat(chosen.journalKeyFile()).isEqualTo(Path.of("/etc/kiosk/serial.key"));
        assertThatThrownBy(() -> KioskConfig.load(Optional.of(write("journalSalt: \"c2FsdC1mb3ItdGhlLWtpb3Nr\"\n"))))
                .hasMessageContaining("unknown field 'journalSalt'");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("kiosk.yaml"), yaml);
    }
}
