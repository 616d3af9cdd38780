package jp.madoguchi.issuance.visit.port;

import java.util.Objects;
import jp.madoguchi.issuance.visit.VisitId;

/** What the printer reports about a visit's job; every job ends with exactly one Completed or Failed. */
public sealed interface PrintEvent {
    VisitId visit();

    record Progress(VisitId visit, int sheetsDone, int sheetsTotal) implements PrintEvent {
        public Progress {
            Objects.requireNonNull(visit, "visit");
        }
    }

    record Completed(VisitId visit) implements PrintEvent {
        public Completed {
            Objects.requireNonNull(visit, "visit");
        }
    }

    record Failed(VisitId visit, PrintFailure reason) implements PrintEvent {
        public Failed {
            Objects.requireNonNull(visit, "visit");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
