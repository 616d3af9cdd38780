package jp.madoguchi.app.kiosk;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the kiosk is for, set by {@code mode:} in its configuration. Only the demo falls back to embedded stand-ins
 * (the virtual card, the sample rules and registry, the demonstration cash and the spool printer) when something
 * is missing; the others fail closed: a missing or failing part puts them out of service, never on a stand-in.
 */
public enum KioskMode {
    /** The embedded demonstration a checkout runs: virtual card, sample municipalities, demo cash. The default. */
    DEMO,
    /** Staff training on a real reader: the test hierarchy's cards are accepted. */
    TRAINING,
    /** A kiosk residents use: real reader, rules, trust anchors, printer and payment device, or out of service. */
    PRODUCTION;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether embedded stand-ins may replace what is missing (the demo only). */
    public boolean fallsBack() {
        return this == DEMO;
    }

    static KioskMode of(String id) {
        return Arrays.stream(values()).filter(mode -> mode.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("mode: '" + id + "' is none of "
                        + Arrays.stream(values()).map(KioskMode::id).collect(Collectors.joining(", "))));
    }
}
