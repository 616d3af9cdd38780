package jp.madoguchi.app.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The staff call's lamp or buzzer: real programs, run as written without a shell, within their time. */
class CommandSignalTest {
    @TempDir
    Path dir;

    @Test
    void raisingRunsTheCommandAndAnsweringTheOtherOneWithTheirArgumentsAsWritten() throws Exception {
        Path lamp = dir.resolve("lamp; rm -rf $HOME `id` *");
        CommandSignal signal = new CommandSignal(List.of("/usr/bin/touch", lamp.toString()),
                List.of("/bin/rm", lamp.toString()), Duration.ofSeconds(10));

        signal.raise().get(10, TimeUnit.SECONDS);
        assertThat(lamp).as("one file of exactly that name: nothing was expanded").exists();
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
        signal.lower().get(10, TimeUnit.SECONDS);
        assertThat(lamp).doesNotExist();
    }

    @Test
    void aCommandThatFailsSaysHowWithTheFirstLineItWrote() {
        CommandSignal signal = new CommandSignal(List.of("/bin/ls", dir.resolve("no-such-lamp").toString()),
                List.of(), Duration.ofSeconds(10));

        assertThatThrownBy(() -> signal.raise().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("/bin/ls exited with 2").hasMessageContaining("no-such-lamp");
    }

    @Test
    void aProgramThatIsNotThereFails() {
        CommandSignal signal = new CommandSignal(List.of(dir.resolve("gpioset").toString()), List.of(),
                Duration.ofSeconds(10));

        assertThatThrownBy(() -> signal.raise().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("gpioset");
    }

    @Test
    void aCommandThatHangsIsKilledAtItsTimeout() {
        CommandSignal signal = new CommandSignal(List.of("/bin/sleep", "60"), List.of(), Duration.ofMillis(500));
        long start = System.nanoTime();

        CompletableFuture<Void> raised = signal.raise();
        assertThatThrownBy(() -> raised.get(20, TimeUnit.SECONDS)).hasMessageContaining("did not end within");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void withoutAnAnsweredCommandAnsweringDoesNothing() throws Exception {
        CommandSignal signal = new CommandSignal(List.of("/bin/true"), List.of(), Duration.ofSeconds(10));

        assertThat(signal.lower()).isCompleted();
        signal.raise().get(10, TimeUnit.SECONDS);
    }
}
