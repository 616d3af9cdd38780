package jp.madoguchi.ui.kiosk;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;

/**
 * On the virtual card only (demo, training, development): choose a fixture holder and place or remove their card,
 * as a resident would on a real reader. Placing swaps the card already there, which the visit sees as a new card.
 */
public final class DemoCardPanel extends HBox {

    public DemoCardPanel(I18n i18n, List<Holder> holders, Consumer<Holder> place, Runnable remove) {
        getStyleClass().add("demo-panel");
        setId("demo-panel");
        ComboBox<Holder> holder = new ComboBox<>();
        holder.setId("demo-holder");
        holder.getItems().setAll(holders);
        holder.getSelectionModel().selectFirst();
        holder.setCellFactory(list -> new HolderCell());
        holder.setButtonCell(new HolderCell());
        holder.setFocusTraversable(false);
        LargeKey placeKey = new LargeKey(i18n.text("demo.place"));
        placeKey.setId("demo-place");
        placeKey.setOnAction(event -> place.accept(holder.getValue()));
        LargeKey removeKey = new LargeKey(i18n.text("demo.remove"));
        removeKey.setId("demo-remove");
        removeKey.setOnAction(event -> remove.run());
        getChildren().addAll(new MessageLabel(i18n.text("demo.title")), holder, placeKey, removeKey);
    }

    /** "last-try 見本 春子": the fixture id says what is special about the card. */
    private static final class HolderCell extends ListCell<Holder> {
        @Override
        protected void updateItem(Holder holder, boolean empty) {
            super.updateItem(holder, empty);
            setText(empty || holder == null ? null : holder.id() + "  " + holder.person().name());
        }
    }
}
