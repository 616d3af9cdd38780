package jp.madoguchi.ui.kiosk;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.madoguchi.issuance.visit.step.AccountInquiry;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.PrintingStatement;
import jp.madoguchi.issuance.visit.step.StatementPrint;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The spool printer's page images while printing and while the resident is asked to take the documents (or the
 * account statement), marked
 * as a preview (no printer is configured). Images are read into memory at once, so deleting the spool at the end of
 * the visit never leaves a broken picture on screen.
 */
public final class PreviewPanel extends VBox {
    private static final double PAGE_HEIGHT = 300;

    private final HBox pages = new HBox();
    private boolean printingSteps;

    public PreviewPanel(I18n i18n, PrintPreviews previews) {
        getStyleClass().addAll("demo-panel", "demo-preview");
        setId("demo-preview");
        setMouseTransparent(true);
        managedProperty().bind(visibleProperty());
        getChildren().addAll(DemoCashPanel.notice(i18n.text("demoPrint.title"), "demo-preview-title"), pages);
        setVisible(false);
        previews.subscribe(images -> {
            List<Image> loaded = images.stream().map(PreviewPanel::image).toList();
            Platform.runLater(() -> show(loaded));
        });
    }

    /** From any thread: previews belong to printing and taking the documents or the statement only. */
    public void follow(VisitStep step) {
        boolean showing = step instanceof Printing || step instanceof TakeDocuments
                || step instanceof PrintingStatement
                || step instanceof AccountInquiry inquiry && inquiry.print() instanceof StatementPrint.Printed;
        Platform.runLater(() -> {
            printingSteps = showing;
            setVisible(printingSteps && !pages.getChildren().isEmpty());
        });
    }

    private void show(List<Image> images) {
        pages.getChildren().setAll(images.stream().map(PreviewPanel::page).toList());
        setVisible(printingSteps && !images.isEmpty());
    }

    private static Image image(Path png) {
        return new Image(png.toUri().toString(), 0, PAGE_HEIGHT, true, true, false);
    }

    private static ImageView page(Image image) {
        ImageView view = new ImageView(image);
        view.getStyleClass().add("demo-preview-page");
        return view;
    }
}
