package jp.madoguchi.app.output.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import jp.madoguchi.app.logging.JournalHeadLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a journal file is opened. For the kiosk the whole chain is checked against its anchor first: an intact one
 * takes records from its head on; a broken one (edited, cut short, replaced, its anchor gone) is opened sealed, so
 * nothing is added to the evidence and the kiosk stays out of service with the reason. A missing file with an
 * anchor that counts records is a lost journal, never a new one.
 */
final class JournalOpening {
    private static final Logger LOG = LoggerFactory.getLogger(JournalOpening.class);

    private JournalOpening() {}

    static Journal forKiosk(Path file, Clock clock) {
        Path anchorFile = JournalAnchor.beside(file.toAbsolutePath());
        try {
            Files.createDirectories(anchorFile.getParent());
            boolean present = Files.exists(file) && Files.size(file) > 0;
            // Checked through a read-only connection: a broken journal is evidence and gets no new -wal or table.
            JournalStore checked = present ? JournalStore.openReadOnly(file) : JournalStore.absent();
            List<StoredRecord> rows = Journal.read(checked::all);
            boolean unanchored = checked.predatesAnchors() && !Files.exists(anchorFile);
            ChainVerdict verdict = verify(rows, anchorFile, checked.predatesAnchors());
            if (verdict instanceof ChainVerdict.Broken broken) {
                String reason = "the journal " + file + " is broken at record " + broken.seq() + ": " + broken.problem();
                LOG.error("{}; it takes no records until an operator moves it and its anchor aside", reason);
                return new Journal(checked, clock, anchorFile, null, reason, head(rows), false);
            }
            checked.close();
            Journal.Head head = head(rows);
            if (unanchored) {
                LOG.warn("Anchoring the journal {} at its {} record(s): it was written before anchors, so records lost"
                        + " from its end before today could not be told", file, head.records());
            }
            JournalStore store = JournalStore.open(file);
            JournalAnchor anchor = JournalAnchor.open(anchorFile, new JournalAnchor.Mark(0, RecordHash.GENESIS));
            if (JournalAnchor.read(anchorFile).orElseThrow().records() < head.records()) {
                anchor.advance(new JournalAnchor.Mark(head.records(), head.hash()));
            }
            JournalHeadLog.set(head.records(), head.hash());
            return new Journal(store, clock, anchorFile, anchor, null, head, false);
        } catch (SQLException | IOException e) {
            throw new JournalException("cannot open the journal " + file + ": " + e.getMessage(), e);
        }
    }

    static Journal readOnly(Path file) {
        try {
            JournalStore store = JournalStore.openReadOnly(file);
            return new Journal(store, Clock.systemUTC(), JournalAnchor.beside(file.toAbsolutePath()), null, null,
                    head(Journal.read(store::all)), store.predatesAnchors());
        } catch (SQLException e) {
            throw new JournalException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** {@link ChainCheck} over the rows, then {@link AnchorCheck} when the chain itself is intact. */
    static ChainVerdict verify(List<StoredRecord> rows, Path anchorFile, boolean predatesAnchors) {
        ChainVerdict chain = ChainCheck.of(rows);
        if (chain instanceof ChainVerdict.Broken) {
            return chain;
        }
        try {
            return AnchorCheck.of(rows, JournalAnchor.read(anchorFile), anchorFile.getFileName().toString(),
                    predatesAnchors);
        } catch (IOException e) {
            return new ChainVerdict.Broken(rows.size(), "its anchor cannot be read: " + e.getMessage());
        }
    }

    private static Journal.Head head(List<StoredRecord> rows) {
        return rows.isEmpty() ? new Journal.Head(0, RecordHash.GENESIS)
                : new Journal.Head(rows.get(rows.size() - 1).seq(), rows.get(rows.size() - 1).hash());
    }
}
