package jp.madoguchi.issuance.visit.simulate;

/**
 * What to simulate: {@code visits} whole visits from {@code seed}; {@code faults} adds card removals at random
 * steps, cards pulled mid-read, swapped cards and printer and document failures. {@code lanes} kiosks run side
 * by side (each with its own reader, card and clock) to use the time the reader monitor spends polling.
 */
public record SimulationOptions(int visits, long seed, boolean faults, int lanes) {
    public SimulationOptions {
        if (visits < 1) {
            throw new IllegalArgumentException("at least one visit, got " + visits);
        }
        if (lanes < 1) {
            throw new IllegalArgumentException("at least one lane, got " + lanes);
        }
    }

    public static SimulationOptions of(int visits, long seed, boolean faults) {
        return new SimulationOptions(visits, seed, faults, Math.min(8, visits));
    }
}
