package jp.madoguchi.ui.view;

import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import jp.madoguchi.issuance.visit.step.PlaceCard;

/** Place the card on the reader: the service chosen, the instruction, and a drawing of a card on a reader. */
final class PlaceCardView {
    private PlaceCardView() {}

    static StepPage of(PlaceCard step, ViewContext ctx) {
        return new StepPage(step.id(), ctx.i18n().text("card.place.title")).content(
                        ctx.label(step.service().messageKey(), "kiosk-subtitle"),
                        ctx.label("card.place.body", "kiosk-body"),
                        cardOnReader())
                .cancelAction(ctx.cancel());
    }

    /** Two styled regions (see {@code .reader-drawing}): no image files to translate or keep in step. */
    static StackPane cardOnReader() {
        Region reader = new Region();
        reader.getStyleClass().add("reader-pad");
        Region card = new Region();
        card.getStyleClass().add("reader-card");
        StackPane drawing = new StackPane(reader, card);
        drawing.getStyleClass().add("reader-drawing");
        return drawing;
    }
}
