package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.madoguchi.app.Main;
import jp.madoguchi.app.output.payment.PaymentEndpoint;
import jp.madoguchi.app.output.payment.PaymentState;
import jp.madoguchi.app.output.payment.socket.SocketPaymentDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code madoguchi payment-simulator} as its own process, as an operator or a test bench runs it. */
class PaymentSimulatorCommandTest {
    @TempDir
    Path dir;

    @Test
    void theSimulatorProcessTakesAPaymentObeysStdinAndRemovesItsSocketWhenStopped() throws Exception {
        Path socket = dir.resolve("cash.sock");
        Path script = Files.writeString(dir.resolve("script"), "# first demand: two coins, no more\n"
                + "on demand: insert 100; insert 100\n");
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process daemon = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "payment-simulator", "--socket", socket.toString(), "--script", script.toString(), "--delay", "10")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(daemon.getInputStream(),
                StandardCharsets.UTF_8)); Writer in = daemon.outputWriter(StandardCharsets.UTF_8)) {
            assertThat(out.readLine()).isEqualTo("payment simulator listening on " + socket + " (protocol 1)");
            BlockingQueue<PaymentState> states = new LinkedBlockingQueue<>();
            try (SocketPaymentDevice device = SocketPaymentDevice.start(new PaymentEndpoint(socket),
                    Duration.ofMillis(50), Duration.ofSeconds(5))) {
                device.addListener(states::add);
                assertThat(device.awaitConnected(Duration.ofSeconds(10))).isTrue();
                device.demand("V-0123456789abcdef", 200);
                assertThat(awaitPaid(states)).isEqualTo(new PaymentState.Paid(200, 200, 0));

                in.write("fault door-open\n");
                in.flush();
                long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (device.problem().isEmpty() && System.nanoTime() < end) {
                    Thread.sleep(20);
                }
                assertThat(device.problem()).contains("door-open");
            }
        } finally {
            daemon.destroy(); // SIGTERM: the shutdown hook closes the simulator
            assertThat(daemon.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(socket).doesNotExist();
    }

    @Test
    void aScriptWithAnUnknownCommandIsRefusedWithItsLine() throws Exception {
        Path script = Files.writeString(dir.resolve("bad"), "on demand: insert 100\non demand: juggle 3\n");
        CommandRun run = CommandRun.of("payment-simulator", "--socket", dir.resolve("s").toString(), "--script",
                script.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("line 2: unknown command 'juggle'");
    }

    private static PaymentState awaitPaid(BlockingQueue<PaymentState> states) throws InterruptedException {
        while (true) {
            PaymentState state = states.poll(10, TimeUnit.SECONDS);
            if (state == null || state instanceof PaymentState.Paid) {
                return state;
            }
        }
    }
}
