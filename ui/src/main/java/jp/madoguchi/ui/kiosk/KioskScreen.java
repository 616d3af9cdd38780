package jp.madoguchi.ui.kiosk;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.VisitSnapshot;
import jp.madoguchi.issuance.visit.step.VisitStep;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.theme.DisplayModes;
import jp.madoguchi.ui.view.StaffCall;
import jp.madoguchi.ui.view.StepViews;
import jp.madoguchi.ui.view.ViewContext;

/**
 * The whole resident screen: renders the latest {@link VisitSnapshot} and sends the resident's actions back. It
 * binds only to snapshots, which are immutable; the card and the visit run on their own threads. Snapshots
 * arrive through {@link #offer} from any thread and are shown on the FX thread, stale ones dropped by sequence.
 * A step view is rebuilt only when the step changes, so a countdown tick does not clear a half-typed PIN; whether a
 * card lies on the reader reaches the views as a property (the start screen's reminder of a forgotten card).
 */
public final class KioskScreen {
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final TopBar topBar;
    private final IdleOverlay idle;
    private final LanguageSync language;
    private final ViewContext views;
    private final DisplayModes display;
    private final BooleanProperty cardOnReader = new SimpleBooleanProperty(this, "cardOnReader", false);
    private long shownSequence = -1;
    private VisitStep shownStep;
    private boolean shownVisit;

    /**
     * @param actions where resident actions go ({@code VisitRunner::send}); called on the FX thread, returns at once
     * @param staffCorner the hidden corner of the staff gesture (see the staff package), top left
     */
    public KioskScreen(I18n i18n, Consumer<ResidentAction> actions, Node staffCorner) {
        this(i18n, actions, staffCorner, StaffCall.NONE);
    }

    /** @param staffCall what the call-staff key on screens that need staff does ({@link StaffCall#NONE}: no key) */
    public KioskScreen(I18n i18n, Consumer<ResidentAction> actions, Node staffCorner, StaffCall staffCall) {
        Objects.requireNonNull(actions, "actions");
        views = new ViewContext(i18n, actions, cardOnReader, staffCall);
        language = new LanguageSync(i18n, actions);
        LanguageOverlay languages = new LanguageOverlay(i18n);
        display = new DisplayModes(root);
        DisplayOverlay displayKeys = new DisplayOverlay(i18n, display);
        topBar = new TopBar(i18n, staffCorner, () -> languages.setVisible(true), () -> displayKeys.setVisible(true));
        idle = new IdleOverlay(i18n, actions);
        frame.getStyleClass().add("kiosk-frame");
        frame.setTop(topBar);
        root.getStyleClass().add("kiosk-root");
        root.getChildren().addAll(frame, idle, languages, displayKeys);
        // Any touch tells the visit the resident is still there (it resets the idle clock).
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> actions.accept(new ResidentAction.Touch()));
    }

    public Parent root() {
        return root;
    }

    /** Adds a control to the top bar (the virtual card's place/remove panel in demo mode). */
    public void addTopControl(Node control) {
        topBar.addExtra(control);
    }

    /** Lays {@code layer} over the screen (staff prompt and screen); it manages its own visibility. */
    public void addLayer(Node layer) {
        root.getChildren().add(layer);
    }

    /** From any thread, e.g. the visit's listener: shows the snapshot on the FX thread. */
    public void offer(VisitSnapshot snapshot) {
        if (Platform.isFxApplicationThread()) {
            show(snapshot);
        } else {
            Platform.runLater(() -> show(snapshot));
        }
    }

    /** The display modes now on (tests, and the gallery's shots of them). */
    public DisplayModes display() {
        return display;
    }

    private boolean visitEnded(VisitSnapshot snapshot) {
        return shownVisit && snapshot.visit().isEmpty();
    }

    /** FX thread only. */
    public void show(VisitSnapshot snapshot) {
        if (snapshot.sequence() <= shownSequence) {
            return;
        }
        shownSequence = snapshot.sequence();
        if (visitEnded(snapshot)) {
            display.reset(); // one resident's choice: the next one starts on the standard screen
        }
        shownVisit = snapshot.visit().isPresent();
        language.apply(snapshot.language());
        cardOnReader.set(snapshot.cardOnReader());
        if (!snapshot.step().equals(shownStep)) {
            shownStep = snapshot.step();
            frame.setCenter(StepViews.of(shownStep, views));
        }
        idle.show(snapshot.idleWarning());
    }
}
