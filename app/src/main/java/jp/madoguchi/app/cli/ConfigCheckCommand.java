package jp.madoguchi.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.app.kiosk.KioskChecks;
import jp.madoguchi.app.kiosk.KioskConfig;
import jp.madoguchi.app.kiosk.health.HealthCheck;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code config check}: the file first (a problem as {@code file:line:column: message}, exit 2), then, outside the
 * demo, each check the kiosk would run, one line each ({@code ok} or {@code FAIL} with what failed; exit 1 if any
 * fails). Never opens the journal or touches a card.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the configuration file, then each part the kiosk's mode needs, one line each."
                + " Exit 0 all ok, 1 a check failed, 2 the file is unusable.")
public final class ConfigCheckCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<KioskConfig> loaded = config.loadOrReport(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return 2;
        }
        KioskConfig settings = loaded.get();
        out.println("ok    file " + (config.file == null ? "(none: the defaults)" : config.file) + ", mode "
                + settings.kioskMode().id());
        if (settings.kioskMode().fallsBack()) {
            out.println("ok    demo: the virtual card, the sample rules and registry, the demo cash and the spool"
                    + " printer stand in for what is not configured");
            return 0;
        }
        boolean failed = false;
        try (KioskChecks checks = KioskChecks.of(settings)) {
            for (HealthCheck check : checks.checks()) {
                Optional<Outage> outage = check.check();
                failed |= outage.isPresent();
                out.println(outage.map(o -> "FAIL  " + o.check().id() + ": " + o.detail())
                        .orElse("ok    " + check.subject().id()));
            }
        }
        out.flush();
        return failed ? 1 : 0;
    }
}
