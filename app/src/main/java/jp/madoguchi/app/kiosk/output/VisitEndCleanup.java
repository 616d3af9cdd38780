package jp.madoguchi.app.kiosk.output;

import jp.madoguchi.app.output.printing.Printer;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.VisitJournal;
import org.apache.pdfbox.cos.COSName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes every entry on, and when a visit ends (however it ends) deletes what it left: the certificates in memory
 * and the printer's spool files, previews and CUPS jobs. The visit discards its documents right after printing, but
 * previews stay on screen until the resident leaves, so the printer is cleaned here, at the end. PDFBox keeps every
 * PDF name it ever made or parsed in a static map, and each document's embedded font subset has a name of its own
 * ({@code ABCDEF+IPAexGothic}), so they are forgotten here too: the soak found them growing by one per PDF.
 */
public final class VisitEndCleanup implements VisitJournal {
    private static final Logger LOG = LoggerFactory.getLogger(VisitEndCleanup.class);

    private final VisitJournal next;
    private final IssuedSheets sheets;
    private final Printer printer;
    private final PagePreviews previews;

    public VisitEndCleanup(VisitJournal next, IssuedSheets sheets, Printer printer, PagePreviews previews) {
        this.next = next;
        this.previews = previews;
        this.sheets = sheets;
        this.printer = printer;
    }

    @Override
    @SuppressWarnings("deprecation") // COSName.clearResources: deprecated in PDFBox 3.0 with no replacement given;
    // VisitEndCleanupTest fails if an upgrade leaves the names growing again
    public void record(JournalEntry entry) {
        next.record(entry);
        if (entry instanceof JournalEntry.Ended) {
            sheets.discard(entry.visit());
            previews.ended(entry.visit());
            // Between visits no document is being rendered or parsed; PDFBox's own names are kept (equal by bytes).
            COSName.clearResources();
            try {
                printer.endVisit(entry.visit());
            } catch (RuntimeException e) {
                LOG.error("Could not delete the print data of visit {}: {}", entry.visit(), e.getMessage());
            }
        }
    }
}
