package jp.madoguchi.ui.view;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.MessageLabel;

/**
 * The frame every step shares: a title on top, the step's content, and an action bar at the bottom with the
 * way out on the left (back, cancel) and the way forward on the right. Styling is in kiosk.css
 * ({@code .step-page}); the page's id is the step's id ({@code pin-entry}) for tests and screenshots.
 */
public class StepPage extends BorderPane {
    private final MessageLabel heading;
    private final VBox content = new VBox();
    private final HBox leftActions = new HBox();
    private final HBox rightActions = new HBox();

    public StepPage(String id, ObservableValue<String> title) {
        setId(id);
        getStyleClass().add("step-page");
        heading = new MessageLabel(title, "kiosk-title");
        heading.setId("step-title");
        setTop(heading);
        content.getStyleClass().add("step-content");
        setCenter(content);
        leftActions.getStyleClass().add("action-group");
        rightActions.getStyleClass().add("action-group");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(leftActions, gap, rightActions);
        bar.getStyleClass().add("action-bar");
        bar.setAlignment(Pos.BOTTOM_CENTER);
        setBottom(bar);
    }

    public StepPage content(Node... nodes) {
        content.getChildren().addAll(nodes);
        return this;
    }

    /**
     * Puts {@code notice} in the title's place while {@code condition} holds: something more urgent than the
     * title, on a screen with no room for both (the start screen's reminder of a card left on the reader).
     */
    public StepPage titleGivesWayTo(Node notice, ObservableBooleanValue condition) {
        BorderPane.setMargin(notice, new Insets(0, 0, 20, 0));
        topProperty().bind(Bindings.when(condition).then(notice).otherwise((Node) heading));
        return this;
    }

    /** Back, cancel: leave the step without going on. */
    public StepPage leftActions(Node... keys) {
        leftActions.getChildren().addAll(keys);
        return this;
    }

    /** Next, OK, pay: go on. */
    public StepPage rightActions(Node... keys) {
        rightActions.getChildren().addAll(keys);
        return this;
    }
}
