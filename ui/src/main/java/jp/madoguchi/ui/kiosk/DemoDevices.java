package jp.madoguchi.ui.kiosk;

import javafx.geometry.Pos;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The stand-ins for hardware a demonstration kiosk lacks, stacked on the right over the step: the cash acceptor's
 * keys and, with the spool printer, the page previews. A layer for {@link KioskScreen#addLayer}; only the panels
 * take touches, the rest of the screen stays reachable.
 */
public final class DemoDevices extends VBox {
    /** Narrow enough to leave the step's text readable; the notices wrap inside it. */
    private static final double WIDTH = 680;
    private final DemoCashPanel cash;
    private final PreviewPanel previews;

    public DemoDevices(I18n i18n, DemoCash cash, PrintPreviews previews) {
        this.cash = new DemoCashPanel(i18n, cash);
        this.previews = new PreviewPanel(i18n, previews);
        getStyleClass().add("demo-devices");
        setPickOnBounds(false);
        setPrefWidth(WIDTH);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.CENTER_RIGHT);
        getChildren().addAll(this.cash, this.previews);
    }

    /** From any thread, with every snapshot's step. */
    public void follow(VisitStep step) {
        cash.follow(step);
        previews.follow(step);
    }
}
