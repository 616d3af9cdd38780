package jp.madoguchi.app.kiosk.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jp.madoguchi.app.output.journal.Journal;
import jp.madoguchi.app.output.journal.VisitLedger;
import jp.madoguchi.app.output.payment.PaymentEndpoint;
import jp.madoguchi.app.output.payment.PaymentState;
import jp.madoguchi.app.output.payment.Settlement;
import jp.madoguchi.app.output.payment.simulator.PaymentSimulator;
import jp.madoguchi.app.output.payment.simulator.SimulatorScript;
import jp.madoguchi.app.output.payment.socket.SocketPaymentDevice;
import jp.madoguchi.issuance.Samples;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentEvent;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * The kiosk's payment port over the real socket device, connected to the real simulator on a Unix socket in a test
 * directory, with the real SQLite journal and a recording printer for the refund slips. Short reconnect and answer
 * times keep the fault tests quick.
 */
final class SimulatorRig implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final Path socket;
    final Journal journal;
    final RecordingPrinter printer;
    final SocketPaymentDevice device;
    final CashPayment payment;
    final BlockingQueue<PaymentEvent> events = new LinkedBlockingQueue<>();
    final BlockingQueue<PaymentState> states = new LinkedBlockingQueue<>();
    PaymentSimulator simulator;

    SimulatorRig(Path dir, List<PrintFailure> printerFailures, String... script) throws IOException {
        socket = dir.resolve("cash.sock");
        journal = Journal.open(dir.resolve("journal.db"), OutputPortsFixture.CLOCK);
        printer = new RecordingPrinter(printerFailures);
        simulator = simulator(script);
        device = SocketPaymentDevice.start(new PaymentEndpoint(socket), Duration.ofMillis(50), Duration.ofSeconds(3));
        device.addListener(states::add);
        payment = new CashPayment(device, journal, new Settlement(journal, device, 1), Optional.of(
                new RefundSlips(printer, journal, () -> Samples.BOOK, OutputPortsFixture.CLOCK, "test-kiosk")));
        payment.subscribe(events::add);
        assertThat(device.awaitConnected(WAIT)).as("connected to the simulator").isTrue();
    }

    /** A (new) simulator on the rig's socket, as a restarted daemon. */
    PaymentSimulator simulator(String... script) throws IOException {
        simulator = PaymentSimulator.start(socket, SimulatorScript.parse(List.of(script)), Duration.ofMillis(10));
        return simulator;
    }

    /** A visit that chose a 200-yen 住民票 in 播磨町, as the visit journals it before payment. */
    VisitId visit() {
        VisitId visit = VisitId.random();
        journal.record(new JournalEntry.Started(visit, OutputPortsFixture.AT, "test-kiosk", Service.CERTIFICATES,
                Language.JAPANESE));
        journal.record(new JournalEntry.Decided(visit, OutputPortsFixture.AT, MunicipalityCode.parse(Samples.HARIMA),
                CertificateType.RESIDENT_RECORD, true, List.of(), 1, 200));
        return visit;
    }

    PaymentEvent nextEvent() throws InterruptedException {
        return Optional.ofNullable(events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .orElseThrow(() -> new AssertionError("no payment event within " + WAIT));
    }

    /** Waits for the device to reach a state matching {@code wanted}. */
    PaymentState awaitState(Predicate<PaymentState> wanted) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            PaymentState state = states.poll(100, TimeUnit.MILLISECONDS);
            if (state != null && wanted.test(state)) {
                return state;
            }
        }
        throw new AssertionError("the device never reached the state wanted");
    }

    /** Waits until the device's problem (the PaymentCheck's detail) is {@code wanted} (empty: in service). */
    void awaitProblem(Optional<String> wanted) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!device.problem().equals(wanted) && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(device.problem()).isEqualTo(wanted);
    }

    VisitLedger ledger(VisitId visit) {
        return VisitLedger.of(journal.visit(visit));
    }

    @Override
    public void close() {
        device.close();
        simulator.close();
        journal.close();
    }
}
