package jp.madoguchi.ui.view;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.madoguchi.issuance.visit.step.Help;
import jp.madoguchi.issuance.visit.step.Hotline;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.ui.controls.MessageLabel;

/**
 * Hotlines on the left, what to do after losing the card on the right. {@link Hotline#NATIONAL} lists the general
 * free line first and the foreign-language lines after it, which is how they are grouped here.
 */
final class HelpView {
    private HelpView() {}

    static StepPage of(Help step, ViewContext ctx) {
        VBox phones = section(ctx.label("help.hotline.title", "kiosk-subtitle"));
        for (int i = 0; i < step.hotlines().size(); i++) {
            if (i == 1) {
                phones.getChildren().add(ctx.label("help.foreign.title", "kiosk-subtitle"));
            }
            phones.getChildren().add(hotline(step.hotlines().get(i), ctx));
        }
        VBox lost = section(ctx.label("help.lost.title", "kiosk-subtitle"));
        for (Message line : step.lostCardSteps()) {
            lost.getChildren().add(new MessageLabel(ctx.text().message(line), "kiosk-body"));
        }
        lost.getChildren().add(ctx.label("help.operation", "kiosk-note"));
        HBox columns = new HBox(phones, lost);
        columns.getStyleClass().add("columns");
        return new StepPage(step.id(), ctx.i18n().text("help.title"))
                .content(columns)
                .leftActions(ctx.back());
    }

    private static VBox section(MessageLabel heading) {
        VBox section = new VBox(heading);
        section.getStyleClass().add("section");
        HBox.setHgrow(section, Priority.ALWAYS);
        section.setPrefWidth(0);
        return section;
    }

    private static MessageLabel hotline(Hotline hotline, ViewContext ctx) {
        MessageLabel line = new MessageLabel(ctx.text().message(hotline.description()), "kiosk-body", "hotline");
        line.setId("hotline-" + hotline.number());
        return line;
    }
}
