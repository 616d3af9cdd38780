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
    void theSampleFileReadsAndItsStaffHashIsTheDemoOne() throws IOException {
        KioskConfig sample = KioskConfig.load(Optional.of(Path.of("..", "config", "kiosk.sample.yaml")));

        assertThat(sample.municipality()).isEqualTo("284645");
        assertThat(sample.idleAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(sample.staffPin()).isPresent();
        assertThat(sample.staffPinHash()).isEqualTo(KioskLauncher.DEMO_STAFF_PIN_HASH);
        assertThat(sample.staffPin().orElseThrow().matches("000000".toCharArray())).isTrue();
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

    @Test
    void theLogFormNamesNoSecret() throws IOException {
        KioskConfig sample = KioskConfig.load(Optional.of(Path.of("..", "config", "kiosk.sample.yaml")));

        assertThat(sample.toString()).doesNotContain("pbkdf2").contains("staff PIN set");
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("kiosk.yaml"), yaml);
    }
}
