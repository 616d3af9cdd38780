package jp.madoguchi.ui.view;

import javafx.scene.control.ProgressBar;
import jp.madoguchi.issuance.visit.step.ReadingCard;

/** The card is being read: keep it still. Progress as a bar and a percentage. */
final class ReadingCardView {
    private ReadingCardView() {}

    static StepPage of(ReadingCard step, ViewContext ctx) {
        double done = step.percent() / 100.0;
        ProgressBar bar = new ProgressBar(done);
        bar.getStyleClass().add("kiosk-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        return new StepPage(step.id(), ctx.i18n().text("card.reading.title")).content(
                ctx.label("card.reading.body", "kiosk-body"),
                bar,
                ctx.label("card.reading.progress", "kiosk-subtitle", done));
    }
}
