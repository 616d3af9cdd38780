package jp.madoguchi.ui.kiosk;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The demonstration cash acceptor on screen, on the right, while a fee is due: a key per coin or note and the
 * amount due, inserted and the change. Marked as a demonstration on every line a resident could mistake for a real
 * till. It is a layer over the payment step rather than part of it, since a real device would not be on screen.
 */
public final class DemoCashPanel extends VBox {
    private final I18n i18n;
    private final Label due = amount();
    private final Label inserted = amount();
    private final Label change = amount();
    private final HBox keys = new HBox();
    private DemoCash.Display display = DemoCash.Display.IDLE;
    private boolean paymentSteps;

    public DemoCashPanel(I18n i18n, DemoCash cash) {
        this.i18n = i18n;
        getStyleClass().addAll("demo-panel", "demo-cash");
        setId("demo-cash");
        managedProperty().bind(visibleProperty());
        due.setId("demo-cash-due");
        inserted.setId("demo-cash-inserted");
        change.setId("demo-cash-change");
        for (int yen : cash.denominations()) {
            LargeKey key = new LargeKey(i18n.text("demoCash.coin", yen));
            key.setId("demo-cash-" + yen);
            key.setOnAction(event -> cash.insert(yen));
            keys.getChildren().add(key);
        }
        getChildren().addAll(notice(i18n.text("demoCash.title"), "demo-cash-title"),
                notice(i18n.text("demoCash.notice"), "demo-cash-notice"), due, inserted, change, keys);
        setVisible(false);
        cash.subscribe(shown -> Platform.runLater(() -> show(shown)));
    }

    /**
     * From any thread: the panel appears only from payment to taking the documents, so one resident's change is
     * never left on the next resident's screen.
     */
    public void follow(VisitStep step) {
        boolean showing = step instanceof Payment || step instanceof Printing || step instanceof TakeDocuments
                || step instanceof IssueFailed;
        Platform.runLater(() -> {
            paymentSteps = showing;
            show(display);
        });
    }

    /** Wraps within the panel's width (a MessageLabel would size itself to the screen, not to the panel). */
    static Label notice(ObservableValue<String> text, String styleClass) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label amount() {
        Label label = new Label();
        label.getStyleClass().add("demo-cash-amount");
        return label;
    }

    private void show(DemoCash.Display shown) {
        display = shown;
        setVisible(paymentSteps && shown.visible());
        // Once paid the panel only informs: taps go through to the step's own keys.
        setMouseTransparent(!shown.collecting());
        due.textProperty().bind(i18n.text("demoCash.due", shown.due()));
        inserted.textProperty().bind(i18n.text("demoCash.inserted", shown.inserted()));
        change.textProperty().bind(i18n.text("demoCash.change", shown.change()));
        keys.setDisable(!shown.collecting());
    }
}
