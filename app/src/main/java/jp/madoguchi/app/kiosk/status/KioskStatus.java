package jp.madoguchi.app.kiosk.status;

import java.util.List;

/**
 * One snapshot of a running kiosk, as JSON. Times are ISO-8601 instants. Nothing here identifies a resident or a
 * card: reader names, check details, counts and hashes only.
 *
 * @param state {@code in-service} or {@code out-of-service}
 * @param lastVisit the newest visit's end, or null before the first
 */
public record KioskStatus(String kiosk, String mode, String state, String startedAt, String updatedAt,
        List<FailedCheck> failedChecks, Pcsc pcsc, Printer printer, Backend registry, Backend payment,
        Journal journal, Rules rules, int trustAnchors, LastVisit lastVisit) {
    public static final String IN_SERVICE = "in-service";
    public static final String OUT_OF_SERVICE = "out-of-service";

    public KioskStatus {
        failedChecks = List.copyOf(failedChecks);
    }

    public record FailedCheck(String check, String detail) {}

    /** {@code fault} is null while PC/SC answers. */
    public record Pcsc(boolean serviceUp, String fault, List<Reader> readers) {
        public Pcsc {
            readers = List.copyOf(readers);
        }
    }

    public record Reader(String name, boolean cardPresent) {}

    /** {@code queue} is null for the embedded spool printer; {@code blocked} null when a job could print now. */
    public record Printer(String queue, String blocked) {}

    /**
     * A back end the kiosk talks to: the registry's URL or the payment device's socket ({@link #SAMPLE},
     * {@link #DEMONSTRATION} for the demo's stand-ins); {@code problem} is null while it answers.
     */
    public record Backend(String endpoint, String problem) {
        public static final String SAMPLE = "sample";
        public static final String DEMONSTRATION = "demonstration";
    }

    public record Journal(String file, long records, String head) {}

    /**
     * @param directory the rules directory the kiosk reads (a signed bundle's), or {@link #SAMPLES}
     * @param bundle the signed bundle in force (its version), null when the rules are not a signed bundle
     * @param problem null when the rules in force serve residents
     * @param warnings what to fix although the rules serve (an invalid stray copy beside the file that serves its
     *     municipality): the kiosk is degraded, not out of service
     * @param duplicates each municipality named by more than one file, with the file that serves it
     */
    public record Rules(int municipalities, String directory, String bundle, String problem, List<String> warnings,
            List<Duplicate> duplicates) {
        /** The rules bundled in the jar (the demo's). */
        public static final String SAMPLES = "samples";

        public Rules {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
            duplicates = duplicates == null ? List.of() : List.copyOf(duplicates);
        }
    }

    /**
     * @param served the file that serves the municipality, null when none does
     * @param notUsed the other files that name it
     */
    public record Duplicate(String municipality, String served, List<String> notUsed) {
        public Duplicate {
            notUsed = notUsed == null ? List.of() : List.copyOf(notUsed);
        }
    }

    public record LastVisit(String endedAt, String reason, String lastStep) {}
}
