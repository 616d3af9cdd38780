package jp.madoguchi.app.bench;

import java.util.Locale;

/**
 * Medians of one bench run, in nanoseconds per authentication: the whole authentication (wall), the time
 * inside its card exchanges through the kiosk's stack (io), and the same APDUs on the bare transport (raw).
 */
public record BenchFigures(int apdus, int iterations, long wallNanos, long ioNanos, long rawNanos) {
    public double wallMs() {
        return wallNanos / 1e6;
    }

    /** Certificate parsing, chain verification, possession proof check and the owner-thread hand-off. */
    public double hostMs() {
        return Math.max(0, wallNanos - ioNanos) / 1e6;
    }

    public double rawUsPerApdu() {
        return rawNanos / 1e3 / apdus;
    }

    public double oursUsPerApdu() {
        return ioNanos / 1e3 / apdus;
    }

    public double overheadRatio() {
        return (double) ioNanos / rawNanos;
    }

    /** The closing line scripts read. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "apdus=%d wall_ms=%.3f raw_us_per_apdu=%.1f ours_us_per_apdu=%.1f "
                + "overhead_ratio=%.3f", apdus, wallMs(), rawUsPerApdu(), oursUsPerApdu(), overheadRatio());
    }
}
