package jp.madoguchi.ui.view;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.ui.controls.CardLeftBanner;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;
import jp.madoguchi.ui.i18n.ModelText;

/**
 * What every step view needs: text in the current language, the way back to the visit, and whether a card lies on
 * the reader (the latest snapshot's {@code cardOnReader}, which changes without the step changing), and the
 * call-staff key's {@link StaffCall}. Views only send {@link ResidentAction}s (and call staff); where the visit goes
 * next is never decided here.
 */
public record ViewContext(I18n i18n, ModelText text, Consumer<ResidentAction> actions,
        ObservableBooleanValue cardOnReader, StaffCall staffCall) {
    public ViewContext {
        Objects.requireNonNull(i18n, "i18n");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(cardOnReader, "cardOnReader");
        Objects.requireNonNull(staffCall, "staffCall");
    }

    public ViewContext(I18n i18n, Consumer<ResidentAction> actions, ObservableBooleanValue cardOnReader,
            StaffCall staffCall) {
        this(i18n, new ModelText(i18n), actions, cardOnReader, staffCall);
    }

    /** Views that never hear of a card on the reader. */
    public ViewContext(I18n i18n, Consumer<ResidentAction> actions) {
        this(i18n, actions, new ReadOnlyBooleanWrapper(false).getReadOnlyProperty(), StaffCall.NONE);
    }

    /**
     * What staff can do about this screen's problem and how to reach them (the call-staff key, or "tell staff
     * nearby"), for screens whose problem staff can act on: a machine fault or a refund.
     */
    public Node staffHelp(String stepId, String titleKey) {
        return new StaffCallBlock(i18n, staffCall, stepId, titleKey);
    }

    public void send(ResidentAction action) {
        actions.accept(action);
    }

    /** A key that sends {@code action}; {@code id} is for tests and screenshots. */
    public LargeKey key(String textKey, String id, ResidentAction action) {
        return key(i18n.text(textKey), id, action);
    }

    public LargeKey key(ObservableValue<String> text, String id, ResidentAction action) {
        LargeKey key = new LargeKey(text);
        key.setId(id);
        key.setOnAction(event -> send(action));
        return key;
    }

    /** The screen's main action (filled navy). */
    public LargeKey primary(String textKey, String id, ResidentAction action) {
        return key(textKey, id, action).primary();
    }

    /** Back: navy outline with a left arrow (see {@code .back-key}). */
    public LargeKey back() {
        return back("common.back");
    }

    public LargeKey back(String textKey) {
        return key(textKey, "back", new ResidentAction.Back()).withIcon("back-icon").styled("back-key");
    }

    /** Cancel: red outline with a cross, unlike back in colour, shape and place (see {@link StepPage#cancelAction}). */
    public LargeKey cancel() {
        return cancel("common.cancel");
    }

    public LargeKey cancel(String textKey) {
        return key(textKey, "cancel", new ResidentAction.Cancel()).withIcon("cancel-icon").styled("cancel-key");
    }

    /** The help key every waiting screen carries; it keeps the step and the language. */
    public LargeKey help() {
        LargeKey help = key("common.help", "help", new ResidentAction.ShowHelp()).styled("help-key");
        javafx.scene.control.Label mark = new javafx.scene.control.Label("?");
        mark.getStyleClass().add("help-mark");
        help.setGraphic(mark);
        return help;
    }

    public LargeKey next() {
        return primary("common.next", "next", new ResidentAction.Confirm());
    }

    public LargeKey ok() {
        return primary("common.ok", "ok", new ResidentAction.Confirm());
    }

    public MessageLabel label(String textKey, String styleClass, Object... args) {
        return new MessageLabel(i18n.text(textKey, args), styleClass);
    }

    /** Text that is the same in every language: a municipality's or a person's name. */
    public static ObservableValue<String> fixed(String text) {
        return new ReadOnlyStringWrapper(text);
    }

    public static MessageLabel plain(String text, String styleClass) {
        return new MessageLabel(fixed(text), styleClass);
    }

    /** Something the resident must act on: take the card, one try left (amber). */
    public MessageLabel attention(String textKey, Object... args) {
        return new MessageLabel(i18n.text(textKey, args), "kiosk-subtitle", "attention");
    }

    /**
     * The amber reminder of a card left on the reader (see {@link CardLeftBanner}): shown, and given room, only while
     * the reader reports a card.
     */
    public CardLeftBanner cardLeft() {
        CardLeftBanner banner = new CardLeftBanner(i18n);
        showOnlyWhile(banner, cardOnReader);
        return banner;
    }

    /** {@code node} is shown and laid out only while {@code condition} holds. */
    public static void showOnlyWhile(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    /** {@code node} is shown and laid out only while {@code condition} does not hold. */
    public static void hideWhile(Node node, ObservableBooleanValue condition) {
        showOnlyWhile(node, Bindings.not(condition));
    }

    /** Something went wrong: wrong PIN, locked, refused (dark red). */
    public MessageLabel problem(String textKey, Object... args) {
        return new MessageLabel(i18n.text(textKey, args), "kiosk-subtitle", "problem");
    }
}
