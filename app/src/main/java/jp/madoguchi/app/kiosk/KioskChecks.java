package jp.madoguchi.app.kiosk;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.kiosk.health.HealthCheck;
import jp.madoguchi.app.output.OutputSettings;
import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.app.output.printing.Printers;
import jp.madoguchi.card.cert.TrustStore;

/**
 * The checks a kiosk outside the demo would run, built from its configuration alone, without opening the journal
 * or starting a visit: what {@code config check} runs before a kiosk is (re)started. Holds a reader service.
 */
public final class KioskChecks implements AutoCloseable {
    private static final Duration FIRST_LOOK = Duration.ofSeconds(3);
    private final CardSource cards;
    private final List<HealthCheck> checks;

    private KioskChecks(CardSource cards, List<HealthCheck> checks) {
        this.cards = cards;
        this.checks = checks;
    }

    /** Only outside the demo: the demo has stand-ins for everything and checks nothing. */
    public static KioskChecks of(KioskConfig config) throws InterruptedException {
        if (config.kioskMode().fallsBack()) {
            throw new IllegalArgumentException("the demo checks nothing: its stand-ins replace what is missing");
        }
        CardSource cards = CardSource.pcsc(config.readerName().orElse(""));
        cards.readers().awaitFirstPoll(FIRST_LOOK);
        KioskRules rules = KioskSession.rules(config);
        TrustStore trust = KioskSession.trust(config.trustDirectory(), config.kioskMode() == KioskMode.TRAINING);
        Printer printer = Printers.configured(config.printerQueue(), config.spoolDirectory(),
                OutputSettings.fromEnvironment().cups());
        return new KioskChecks(cards, FailClosed.checks(config, cards, rules, trust, printer,
                KioskRegistry.of(config), Optional.empty(), false));
    }

    public List<HealthCheck> checks() {
        return checks;
    }

    @Override
    public void close() {
        cards.readers().close();
    }
}
