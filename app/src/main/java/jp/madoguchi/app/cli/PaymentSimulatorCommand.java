package jp.madoguchi.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import jp.madoguchi.app.output.payment.simulator.PaymentSimulator;
import jp.madoguchi.app.output.payment.simulator.SimulatorScript;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code payment-simulator}: a stand-in cash-unit daemon on a Unix socket (docs/payment.md). A thin wrapper: the
 * simulator itself is {@link PaymentSimulator}, which the tests run in process. Lines on stdin are script lines run
 * at once (or rules added); at the end of stdin it keeps serving until it is stopped.
 */
@Command(name = "payment-simulator", mixinStandardHelpOptions = true,
        description = "A simulated cash-unit daemon speaking the kiosk's payment protocol on a Unix socket.")
public final class PaymentSimulatorCommand implements Callable<Integer> {
    @Option(names = "--socket", required = true, paramLabel = "PATH", description = "The Unix socket to listen on.")
    Path socket;

    @Option(names = "--script", paramLabel = "FILE", description = "Rules such as 'on demand: insert 100; fault jam'.")
    Path script;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "500",
            description = "Pause before the default payment covers a demand (default: ${DEFAULT-VALUE} ms).")
    long delayMillis;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<SimulatorScript.Rule> rules;
        try {
            rules = script == null ? List.of() : SimulatorScript.parse(Files.readAllLines(script));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(script + ": " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        PaymentSimulator simulator = PaymentSimulator.start(socket, rules, Duration.ofMillis(delayMillis));
        // Stopped by a signal (systemd, Ctrl-C, a test's destroy): the socket file is removed on the way out.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "payment-simulator-stop"));
        System.out.println("payment simulator listening on " + socket + " (protocol 1)");
        System.out.flush();
        commands(simulator);
        stopped.await();
        return 0;
    }

    private void commands(PaymentSimulator simulator) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.strip().equals("status")) {
                System.out.println(simulator.describe());
                continue;
            }
            try {
                simulator.command(line);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
            }
        }
    }
}
