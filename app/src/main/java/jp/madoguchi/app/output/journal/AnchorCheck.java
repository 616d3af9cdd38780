package jp.madoguchi.app.output.journal;

import java.util.List;
import java.util.Optional;

/**
 * Holds an intact chain against its {@link JournalAnchor}: the chain alone cannot show that its newest records are
 * gone. One record past the anchor is a crash between the row's commit and the anchor's write; more were written
 * by something other than the kiosk.
 */
final class AnchorCheck {
    private AnchorCheck() {}

    /** @param predatesAnchors the file was written before anchors existed: no anchor is expected yet */
    static ChainVerdict of(List<StoredRecord> rows, Optional<JournalAnchor.Mark> anchor, String anchorName,
            boolean predatesAnchors) {
        if (anchor.isEmpty()) {
            return rows.isEmpty() || predatesAnchors ? ChainCheck.of(rows)
                    : new ChainVerdict.Broken(rows.size(), "its anchor " + anchorName + " is missing, so records"
                            + " lost from the end could not be told (restore the anchor, or move both aside)");
        }
        long anchored = anchor.get().records();
        if (anchored > rows.size()) {
            return new ChainVerdict.Broken(rows.size() + 1, "the anchor records " + anchored + " record(s), the file"
                    + " has " + rows.size() + ": records " + (rows.size() + 1) + ".." + anchored + " are missing (a"
                    + " truncated or replaced file, or its -wal lost)");
        }
        String head = anchored == 0 ? RecordHash.GENESIS : rows.get((int) anchored - 1).hash();
        if (!head.equals(anchor.get().head())) {
            return new ChainVerdict.Broken(anchored, "it is not the record the anchor holds (the file was replaced"
                    + " or rewritten)");
        }
        if (rows.size() > anchored + 1) {
            return new ChainVerdict.Broken(anchored + 2, "written after the anchor's record " + anchored
                    + " by something other than the kiosk");
        }
        return new ChainVerdict.Intact(rows.size(), rows.isEmpty() ? RecordHash.GENESIS
                : rows.get(rows.size() - 1).hash());
    }
}
