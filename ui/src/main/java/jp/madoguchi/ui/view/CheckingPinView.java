package jp.madoguchi.ui.view;

import javafx.scene.control.ProgressIndicator;
import jp.madoguchi.issuance.visit.step.CheckingPin;

/** The PIN is at the card; the certificate checks follow. Nothing to press. */
final class CheckingPinView {
    private CheckingPinView() {}

    static StepPage of(CheckingPin step, ViewContext ctx) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("kiosk-spinner");
        return new StepPage(step.id(), ctx.i18n().text("pin.checking"))
                .content(ctx.label("card.reading.body", "kiosk-body"), spinner);
    }
}
