package jp.madoguchi.app.kiosk;

import static jp.madoguchi.app.kiosk.health.HealthCheck.failed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.kiosk.health.DiskCheck;
import jp.madoguchi.app.kiosk.health.HealthCheck;
import jp.madoguchi.app.kiosk.health.JournalCheck;
import jp.madoguchi.app.kiosk.health.PaymentCheck;
import jp.madoguchi.app.kiosk.health.PrinterCheck;
import jp.madoguchi.app.kiosk.health.ReaderCheck;
import jp.madoguchi.app.kiosk.health.TrivialStaffPins;
import jp.madoguchi.app.output.journal.JournalKey;
import jp.madoguchi.app.output.payment.socket.SocketPaymentDevice;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.card.cert.TrustStore;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/**
 * The checks of a kiosk outside the demo (training, production). What the configuration lacks and what no embedded
 * stand-in may replace is found once, at start, and stays failed until an operator fixes it and restarts; the
 * reader, the printer, the registry, the rules (a staff reload can fix them), the disk and the journal are checked
 * live.
 */
final class FailClosed {
    private FailClosed() {}

    /**
     * @param payment the running kiosk's payment device; without one (config check) a configured socket is probed
     * @param running for the kiosk itself; false for {@code config check} before a first start
     */
    static List<HealthCheck> checks(KioskConfig config, CardSource cards, KioskRules rules, TrustStore trust,
            Printer printer, KioskRegistry registry, Optional<SocketPaymentDevice> payment, boolean running) {
        KioskMode mode = config.kioskMode();
        List<HealthCheck> checks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (cards.readerName().isBlank()) {
            missing.add("reader");
        } else {
            checks.add(new ReaderCheck(cards.readers(), cards.readerName()));
        }
        if (config.rulesDirectory() == null) {
            missing.add("rulesDirectory");
        }
        if (config.trustDirectory() == null) {
            missing.add("trustDirectory");
        }
        if (mode == KioskMode.PRODUCTION && config.rulesSignersDirectory().isEmpty()) {
            missing.add("rulesSigners");
        }
        config.printerQueue().ifPresentOrElse(queue -> checks.add(new PrinterCheck(printer)),
                () -> missing.add("printer"));
        if (!missing.isEmpty()) {
            checks.add(failed(ServiceCheck.CONFIGURATION, mode.id() + " mode needs " + String.join(", ", missing)
                    + " in the configuration"));
        }
        if (mode == KioskMode.PRODUCTION && config.acceptTestCards()) {
            checks.add(failed(ServiceCheck.CONFIGURATION, "acceptTestCards is for training kiosks, never production"));
        }
        if (trust.anchors().isEmpty()) {
            checks.add(failed(ServiceCheck.TRUST, "no CA certificate in the trust directory "
                    + config.trustDirectory()));
        }
        checks.add(HealthCheck.of(ServiceCheck.RULES, rules::problem));
        staffPin(config).ifPresent(checks::add);
        if (config.paymentEndpoint().isPresent()) {
            checks.add(payment.map(PaymentCheck::live)
                    .orElseGet(() -> PaymentCheck.probe(config.paymentEndpoint().get())));
        } else if (mode == KioskMode.PRODUCTION) {
            checks.add(failed(ServiceCheck.PAYMENT,
                    "no payment device is configured (payment: socket: in the configuration); the demonstration"
                            + " cash acceptor never takes money in production"));
        }
        registry.check().ifPresent(checks::add);
        checks.addAll(journalFile(config, running));
        if (!running) {
            checks.add(journalKey(config)); // a running kiosk found its key, or its absence, once at start
        }
        return checks;
    }

    /** Free space where the journal lives, and the journal file writable: checked in every mode. */
    static List<HealthCheck> journalFile(KioskConfig config, boolean running) {
        return List.of(new DiskCheck(config.journalFile().toAbsolutePath().getParent(), DiskCheck.DEFAULT_MINIMUM),
                new JournalCheck(config.journalFile(), running));
    }

    /** The card-hash key: production's must be there (postinst makes it); elsewhere it is made on first start. */
    private static HealthCheck journalKey(KioskConfig config) {
        return HealthCheck.of(ServiceCheck.JOURNAL, () -> {
            Path key = config.journalKeyFile();
            if (!Files.exists(key) && config.kioskMode() != KioskMode.PRODUCTION) {
                return Optional.empty();
            }
            try {
                JournalKey.load(key, false);
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of(e.getMessage());
            }
        });
    }

    private static Optional<HealthCheck> staffPin(KioskConfig config) {
        if (config.staffPin().isEmpty()) {
            return Optional.of(failed(ServiceCheck.STAFF_PIN,
                    "no staffPinHash configured (make one with: madoguchi staff-pin-hash)"));
        }
        if (TrivialStaffPins.isTrivial(config.staffPin().get())) {
            return Optional.of(failed(ServiceCheck.STAFF_PIN,
                    "staffPinHash is the demo PIN or a trivial one; make another with: madoguchi staff-pin-hash"));
        }
        return Optional.empty();
    }
}
