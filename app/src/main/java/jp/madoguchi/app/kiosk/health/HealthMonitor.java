package jp.madoguchi.app.kiosk.health;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jp.madoguchi.issuance.visit.ServiceHealth;
import jp.madoguchi.issuance.visit.ServiceHealth.Outage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the kiosk's checks every few seconds on its own thread and hands each round's health to the visit
 * machine: out of service while any fails, back by itself when all pass. Each failure and each recovery is logged
 * once, with what exactly failed, so staff and a fleet's log see the cause, not just the screen.
 */
public final class HealthMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HealthMonitor.class);
    private final List<HealthCheck> checks;
    private final Consumer<ServiceHealth> listener;
    private final EveryFewSeconds thread = new EveryFewSeconds("kiosk-health");
    private volatile ServiceHealth last;

    public HealthMonitor(List<HealthCheck> checks, Consumer<ServiceHealth> listener) {
        this.checks = List.copyOf(checks);
        this.listener = listener;
    }

    /** Checks now, on the caller's thread (the kiosk starts out of service if it must), then every {@code period}. */
    public HealthMonitor start(Duration period) {
        poll();
        thread.run(this::poll, period, period);
        return this;
    }

    /** The health the last round found. */
    public ServiceHealth health() {
        return last;
    }

    /**
     * One round of every check, logged when the health changed. The listener hears every round: the visit machine
     * may have gone out of service on its own (a journal that refused a visit's start, a registry that did not
     * answer a lookup), and only a round that finds all well brings it back.
     */
    public synchronized ServiceHealth poll() {
        List<Outage> outages = checks.stream().map(HealthMonitor::run).flatMap(Optional::stream).toList();
        ServiceHealth now = new ServiceHealth(outages);
        ServiceHealth before = last == null ? ServiceHealth.IN_SERVICE : last;
        if (!now.equals(last)) {
            log(before, now);
            last = now;
        }
        listener.accept(now);
        return now;
    }

    private static Optional<Outage> run(HealthCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            LOG.error("the {} check failed to run", check.subject().id(), e);
            return Optional.of(new Outage(check.subject(), "the check failed to run: " + e));
        }
    }

    private static void log(ServiceHealth before, ServiceHealth now) {
        for (Outage outage : now.outages()) {
            if (!before.outages().contains(outage)) {
                LOG.warn("Check failed: {}: {}", outage.check().id(), outage.detail());
            }
        }
        for (Outage outage : before.outages()) {
            if (now.outages().stream().noneMatch(o -> o.check() == outage.check())) {
                LOG.info("Check passes again: {}", outage.check().id());
            }
        }
        LOG.info(now.inService() ? "In service" : "Out of service: {}", now.failed());
    }

    @Override
    public void close() {
        thread.close();
    }
}
