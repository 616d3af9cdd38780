package jp.madoguchi.app.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jp.madoguchi.app.kiosk.KioskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callStaff:} as the configuration file writes it, and what it refuses at its line. */
class StaffCallSettingsTest {
    @TempDir
    Path dir;

    @Test
    void aNoticeAndALampCommandAreReadAsWritten() throws IOException {
        KioskConfig config = load("callStaff:\n  command: [/usr/bin/gpioset, gpiochip0, \"17=1\"]\n"
                + "  answeredCommand: [/usr/bin/gpioset, gpiochip0, \"17=0\"]\n");

        StaffCallSettings call = config.staffCall().orElseThrow();
        assertThat(call.notice()).as("the default").isTrue();
        assertThat(call.command()).containsExactly("/usr/bin/gpioset", "gpiochip0", "17=1");
        assertThat(call.answeredCommand()).containsExactly("/usr/bin/gpioset", "gpiochip0", "17=0");
        assertThat(config.toString()).contains("call staff notice + command");
    }

    @Test
    void leftOutThereIsNoCallKey() throws IOException {
        assertThat(load("mode: demo\n").staffCall()).isEmpty();
        assertThat(load("callStaff: {notice: true}\n").staffCall().orElseThrow().command()).isEmpty();
    }

    @Test
    void aProgramWithoutAnAbsolutePathIsRefusedAtItsLine() {
        assertThatThrownBy(() -> load("mode: demo\ncallStaff:\n  command: [gpioset, gpiochip0]\n"))
                .hasMessageContaining("kiosk.yaml:")
                .hasMessageContaining("the program must be an absolute path, got 'gpioset'");
    }

    @Test
    void aCallThatWouldReachNobodyIsRefused() {
        assertThatThrownBy(() -> load("callStaff: {notice: false}\n"))
                .hasMessageContaining("with notice: false a command is needed");
    }

    private KioskConfig load(String yaml) throws IOException {
        return KioskConfig.load(Optional.of(Files.writeString(dir.resolve("kiosk.yaml"), yaml)));
    }
}
