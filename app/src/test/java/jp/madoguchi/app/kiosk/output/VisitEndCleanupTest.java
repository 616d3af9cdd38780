package jp.madoguchi.app.kiosk.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import jp.madoguchi.app.output.document.pdf.JapaneseFont;
import jp.madoguchi.app.output.printing.SpoolPrinter;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.memory.InMemoryJournal;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak the soak found: PDFBox keeps every PDF name in a static map for good, and every certificate and receipt
 * embeds a font subset named after its own characters, so a kiosk's heap grew by one name per document printed
 * (0.3 MiB per 1,000 visits). A visit's end lets them go.
 */
class VisitEndCleanupTest {
    @TempDir
    Path spool;

    @Test
    void theFontNamesOfAVisitsDocumentsAreLetGoWhenTheVisitEnds() throws Exception {
        String name;
        try (PDDocument document = new PDDocument()) {
            name = JapaneseFont.embed(document, "住民票の写し " + VisitId.random().value()).getName();
        }
        COSName kept = COSName.getPDFName(name);
        assertThat(name).matches("[A-Z]{6}\\+IPAexGothic");
        assertThat(COSName.getPDFName(name)).as("PDFBox holds the document's font name").isSameAs(kept);

        InMemoryJournal journal = new InMemoryJournal();
        new VisitEndCleanup(journal, new IssuedSheets(), new SpoolPrinter(spool), new PagePreviews())
                .record(new JournalEntry.Ended(VisitId.random(), Instant.now(), EndReason.COMPLETED, "thank-you"));

        assertThat(COSName.getPDFName(name)).as("made anew: the visit's name was let go").isNotSameAs(kept)
                .isEqualTo(kept);
        assertThat(COSName.getPDFName("Type0")).as("PDFBox's own names stay").isSameAs(COSName.TYPE0);
        assertThat(journal.entries()).hasSize(1);
    }
}
