package jp.madoguchi.app.output.payment.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.kiosk.health.PaymentCheck;
import jp.madoguchi.app.output.payment.PaymentEndpoint;
import jp.madoguchi.app.output.payment.simulator.PaymentSimulator;
import jp.madoguchi.app.output.payment.simulator.SimulatorScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edges of the protocol on the kiosk's side: versions, hellos, fault ids, and a daemon that is not there. */
class SocketPaymentDeviceTest {
    private static final Duration FAST = Duration.ofMillis(50);

    @TempDir
    Path dir;

    @Test
    void aDaemonOfAnotherProtocolVersionIsNotUsed() throws Exception {
        Path socket = dir.resolve("v2.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            try (SocketPaymentDevice device = SocketPaymentDevice.start(new PaymentEndpoint(socket), FAST, FAST);
                    SocketChannel daemon = server.accept()) {
                Wire.sendRaw(daemon, "{\"type\":\"hello\",\"protocol\":2,\"device\":\"X\",\"state\":\"idle\"}");
                awaitProblem(device, "not connected to " + socket + ": the device speaks protocol 2, this kiosk 1");
            }
        }
    }

    @Test
    void withoutAHelloTheDeviceIsNotInServiceAndItsMessagesAreIgnored() throws Exception {
        Path socket = dir.resolve("mute.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            try (SocketPaymentDevice device = SocketPaymentDevice.start(new PaymentEndpoint(socket), FAST, FAST);
                    SocketChannel daemon = server.accept()) {
                Wire.sendRaw(daemon, "{\"type\":\"cleared\"}");
                awaitProblem(device, "connected to " + socket + ", no hello from the device yet");
            }
        }
    }

    @Test
    void aHelloFromAFaultedUnitAndUnknownFaultIdsAreFaults() throws Exception {
        Path socket = dir.resolve("cash.sock");
        try (PaymentSimulator simulator = PaymentSimulator.start(socket, SimulatorScript.parse(List.of()), FAST)) {
            simulator.command("fault other coin path blocked");
            simulator.settle();
            try (SocketPaymentDevice device = SocketPaymentDevice.start(new PaymentEndpoint(socket), FAST, FAST)) {
                awaitProblem(device, "other: coin path blocked");
                simulator.command("fault bezel-cracked");
                awaitProblem(device, "other: bezel-cracked");
                simulator.command("clear");
                awaitProblem(device, null);
            }
        }
    }

    @Test
    @SuppressWarnings("try") // the simulator only has to be listening
    void theConfigCheckProbeSaysExactlyWhyThereIsNoDevice() throws Exception {
        Path socket = dir.resolve("absent.sock");
        assertThat(PaymentCheck.probe(new PaymentEndpoint(socket)).check()).hasValueSatisfying(outage -> assertThat(
                outage.detail()).isEqualTo("not connected to " + socket + ": No such file or directory"));
        try (PaymentSimulator simulator = PaymentSimulator.start(socket, List.of(), FAST)) {
            assertThat(PaymentCheck.probe(new PaymentEndpoint(socket)).check()).isEmpty();
        }
    }

    private static void awaitProblem(SocketPaymentDevice device, String wanted) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!device.problem().equals(Optional.ofNullable(wanted)) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(device.problem()).isEqualTo(Optional.ofNullable(wanted));
    }
}
