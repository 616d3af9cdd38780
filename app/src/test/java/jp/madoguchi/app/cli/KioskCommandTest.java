package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.ui.i18n.KioskLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The kiosk command's flags reach the configuration the kiosk runs with; nothing here opens a window. */
class KioskCommandTest {
    @TempDir
    Path dir;

    @Test
    void localeSetsTheHomeLanguageAndOverridesTheConfigurationFile() throws IOException {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "language: th\nidleAfterSeconds: 30\n");

        assertThat(settings("--locale", "en").kioskLanguage()).isEqualTo(KioskLanguage.ENGLISH);
        assertThat(settings("--config", file.toString()).kioskLanguage()).isEqualTo(KioskLanguage.THAI);
        KioskConfig both = settings("--config", file.toString(), "--locale", "ja-EASY");
        assertThat(both.kioskLanguage()).isEqualTo(KioskLanguage.EASY_JAPANESE);
        assertThat(both.idleAfterSeconds()).isEqualTo(30);
        assertThat(settings().kioskLanguage()).isEqualTo(KioskLanguage.JAPANESE);
    }

    @Test
    void anUnknownLocaleIsRefusedWithTheTag() {
        assertThatThrownBy(() -> settings("--locale", "xx")).hasMessageContaining("'xx'");
    }

    private static KioskConfig settings(String... args) throws IOException {
        KioskCommand command = new KioskCommand();
        new CommandLine(command).parseArgs(args);
        return command.settings();
    }
}
