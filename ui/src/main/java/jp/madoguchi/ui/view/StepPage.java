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
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.MessageLabel;

/**
 * The frame every step shares: a title on top with cancel at its right, the step's content, and an action bar at
 * the bottom: back on the left, help in the middle, the way forward on the right. Cancel (red, a cross) and back
 * (navy, an arrow) looked alike 5 mm apart at the bottom left; now the screen's width and height lie between them.
 * Styling is in kiosk.css ({@code .step-page}); the page's id is the step's id ({@code pin-entry}) for tests and
 * screenshots.
 */
public class StepPage extends BorderPane {
    private final MessageLabel heading;
    private final BorderPane top = new BorderPane();
    private final VBox content = new VBox();
    private final HBox leftActions = new HBox();
    private final HBox middleActions = new HBox();
    private final HBox rightActions = new HBox();

    public StepPage(String id, ObservableValue<String> title) {
        setId(id);
        getStyleClass().add("step-page");
        heading = new MessageLabel(title, "kiosk-title");
        heading.setId("step-title");
        top.setCenter(heading);
        top.getStyleClass().add("title-row");
        setTop(top);
        content.getStyleClass().add("step-content");
        setCenter(content);
        leftActions.getStyleClass().add("action-group");
        middleActions.getStyleClass().add("action-group");
        rightActions.getStyleClass().addAll("action-group", "forward-actions");
        HBox.setHgrow(leftActions, Priority.ALWAYS);
        HBox.setHgrow(rightActions, Priority.ALWAYS);
        leftActions.setPrefWidth(0);
        rightActions.setPrefWidth(0);
        HBox bar = new HBox(leftActions, middleActions, rightActions);
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
        top.centerProperty().bind(Bindings.when(condition).then(notice).otherwise((Node) heading));
        return this;
    }

    /** Back: one step back, keeping the visit. */
    public StepPage leftActions(Node... keys) {
        leftActions.getChildren().addAll(keys);
        return this;
    }

    /** Cancel: end the visit. Top right, far from back and from the way forward. */
    public StepPage cancelAction(Node key) {
        BorderPane.setAlignment(key, Pos.TOP_RIGHT);
        // Clear of the language key above it too, by a finger's width.
        BorderPane.setMargin(key, new Insets(28, 0, 0, 32));
        top.setRight(key);
        return this;
    }

    /** The help key, in the middle of the action bar on every screen that offers help. */
    public StepPage helpAction(Node key) {
        middleActions.getChildren().setAll(key);
        return this;
    }

    /** Next, OK, pay: go on. */
    public StepPage rightActions(Node... keys) {
        rightActions.getChildren().addAll(keys);
        return this;
    }
}
