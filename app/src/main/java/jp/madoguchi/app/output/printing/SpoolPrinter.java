package jp.madoguchi.app.output.printing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import jp.madoguchi.app.output.printing.PrintStatus.Stage;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The embedded default when no printer is configured: each job is written to {@code <spool>/<visit>/} with a PNG
 * preview per page for the screen to show. The visit's directory is deleted when the visit ends, and whatever a
 * killed kiosk left is deleted at the next start ({@link SpoolRecovery}). Only the kiosk's user can read any of it.
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
            Path dir = OwnerOnly.directories(spool.resolve(job.visit().value()));
            Path pdf = dir.resolve(job.document().value() + ".pdf");
            try (OutputStream out = OwnerOnly.create(pdf)) {
                out.write(job.pdf());
            }
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
                // An image stream of its own, cached in memory: ImageIO's default cache is a temporary file in
                // java.io.tmpdir, which would put the page outside the spool.
                try (OutputStream out = OwnerOnly.create(png);
                        ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                    ImageIO.write(image, "png", stream);
                }
                previews.add(png);
            }
        }
        return previews;
    }
}
