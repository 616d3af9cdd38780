package jp.madoguchi.app.soak;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A soak: {@code visits} visits drawn from {@code seed}, through the spool printer or the CUPS queue
 * {@code printer}, with the kiosk's files in {@code dir}. Footprints are taken at visit {@code baseline}, every
 * {@code every} visits and at the end; heap after GC may grow by {@code heapGrowthLimit} (0.05 = 5 %) from the
 * baseline to the end.
 */
public record SoakOptions(int visits, long seed, Optional<String> printer, Path dir, int baseline, int every,
        double heapGrowthLimit) {
    public SoakOptions {
        check(visits, baseline, every);
    }

    /** Refuses marks that leave nothing to compare, before anything is created for the soak. */
    public static void check(int visits, int baseline, int every) {
        if (baseline < 1 || baseline >= visits) {
            throw new IllegalArgumentException("the baseline visit " + baseline + " must be between 1 and the "
                    + visits + " visits, so there are visits after it to compare");
        }
        if (every < 1) {
            throw new IllegalArgumentException("--every must be at least 1");
        }
    }

    /** The footprint is taken after this visit. */
    boolean marks(int visit) {
        return visit == baseline || visit % every == 0 || visit == visits;
    }
}
