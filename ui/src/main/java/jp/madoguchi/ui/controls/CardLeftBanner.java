package jp.madoguchi.ui.controls;

import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.i18n.I18n;

/**
 * "A card is still on the reader: please take it": the amber reminder for a card the last resident left behind, on
 * the start screen and at a visit's end. A small drawing of the card on the reader says it before any word is read.
 * It has no keys (taking the card is the answer), so a tap goes to whatever is under it. Id: {@code card-left}.
 */
public final class CardLeftBanner extends HBox {

    public CardLeftBanner(I18n i18n) {
        getStyleClass().add("card-left");
        setId("card-left");
        Region reader = new Region();
        reader.getStyleClass().add("card-left-reader");
        Region card = new Region();
        card.getStyleClass().add("card-left-card");
        StackPane drawing = new StackPane(reader, card);
        drawing.getStyleClass().add("card-left-drawing");
        drawing.setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);

        MessageLabel title = new MessageLabel(i18n.text("cardLeft.title"), "card-left-title");
        title.setId("card-left-title");
        MessageLabel body = new MessageLabel(i18n.text("cardLeft.body"), "card-left-body");
        body.setId("card-left-body");
        VBox text = new VBox(title, body);
        text.getStyleClass().add("card-left-text");
        HBox.setHgrow(text, Priority.ALWAYS);

        getChildren().addAll(drawing, text);
        setMinHeight(USE_PREF_SIZE);
        setMaxHeight(USE_PREF_SIZE);
    }
}
