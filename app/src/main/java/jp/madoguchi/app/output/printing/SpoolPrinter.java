package jp.madoguchi.app.output.printing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import jp.madoguchi.app.output.printing.PrintStatus.Stage;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The embedded default when no printer is configured: each job is written to {@code <spool>/<visit>/} with a PNG
 * preview per page for the screen to show. The visit's directory is deleted when the visit ends.
 */
public final class SpoolPrinter implements Printer {
    private static final float PREVIEW_DPI = 96;
    private final Path spool;

    public SpoolPrinter(Path spool) {
        this.spool = spool;
    }

    @Override
    public PrintOutcome print(PdfJob job, PrintProgress progress) {
        progress.update(new PrintStatus(job.document(), Stage.SUBMITTED, "spool"));
        try {
            Path dir = Files.createDirectories(spool.resolve(job.visit().value()));
            Path pdf = dir.resolve(job.document().value() + ".pdf");
            Files.write(pdf, job.pdf());
            progress.update(new PrintStatus(job.document(), Stage.PRINTING, "rendering previews"));
            List<Path> previews = previews(pdf, dir, job.document().value());
            progress.update(new PrintStatus(job.document(), Stage.DONE, previews.size() + " page(s)"));
            return new PrintOutcome.Printed(job.document(), previews);
        } catch (IOException e) {
            progress.update(new PrintStatus(job.document(), Stage.FAILED, e.getMessage()));
            return new PrintOutcome.Failed(job.document(), PrintFailure.SPOOL_ERROR, e.getMessage());
        }
    }

    /** The spool always takes a job; a full disk shows as the job's own failure. */
    @Override
    public Optional<String> blocked() {
        return Optional.empty();
    }

    @Override
    public void endVisit(VisitId visit) {
        Path dir = spool.resolve(visit.value());
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not delete the spool of visit " + visit, e);
        }
    }

    private static List<Path> previews(Path pdf, Path dir, String name) throws IOException {
        List<Path> previews = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, PREVIEW_DPI);
                Path png = dir.resolve(name + "-p" + (page + 1) + ".png");
                ImageIO.write(image, "png", png.toFile());
                previews.add(png);
            }
        }
        return previews;
    }
}
