package jp.madoguchi.ui.staff;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.card.pcsc.PcscStatus;
import jp.madoguchi.card.pcsc.ReaderSnapshot;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The staff screen: readers and their cards, the doctor's findings, how the last visits ended (no personal data)
 * and a rules reload with its check result. Everything slow runs through {@link StaffConsole} off the FX thread.
 */
final class StaffScreen extends StackPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private final I18n i18n;
    private final StaffConsole console;
    private final VBox readers = lines("staff-readers");
    private final VBox doctor = lines("staff-doctor");
    private final VBox visits = lines("staff-visits");
    private final VBox rules = lines("staff-rules");
    private final VBox facts = lines("staff-facts");

    StaffScreen(I18n i18n, StaffConsole console) {
        this.i18n = i18n;
        this.console = console;
        getStyleClass().addAll("overlay", "staff-screen");
        setId("staff-screen");
        LargeKey reload = key("staff.rules.reload", "staff-rules-reload", this::reloadRules);
        LargeKey back = key("staff.backToKiosk", "staff-back", () -> setVisible(false));
        LargeKey exit = key("staff.exit", "staff-exit", console::exitKiosk);
        VBox left = column(heading("staff.readers"), readers, heading("staff.lastVisits"), visits,
                heading("staff.doctor"), doctor);
        VBox right = column(facts, rules, reload, back, exit);
        HBox columns = new HBox(left, right);
        columns.getStyleClass().add("columns");
        VBox panel = new VBox(heading("staff.title"), columns);
        panel.getStyleClass().add("overlay-panel");
        getChildren().add(panel);
        setVisible(false);
    }

    void open() {
        showReaders(console.readers());
        showVisits();
        replace(facts, console.kioskFacts());
        replace(doctor, List.of(i18n.tr("staff.doctor.running")));
        console.examine().whenComplete((found, error) -> Platform.runLater(() ->
                replace(doctor, error == null ? found : List.of(String.valueOf(error.getMessage())))));
        setVisible(true);
    }

    private void showReaders(PcscStatus status) {
        if (status.readers().isEmpty()) {
            replace(readers, List.of(i18n.tr("staff.reader.none")
                    + (status.fault() == null ? "" : " (" + status.fault() + ")")));
            return;
        }
        replace(readers, status.readers().stream().map(this::reader).toList());
    }

    private String reader(ReaderSnapshot reader) {
        return reader.name() + ": " + i18n.tr(reader.cardPresent() ? "staff.reader.cardPresent" : "staff.reader.empty")
                + (reader.atr() == null ? "" : "  ATR " + reader.atr());
    }

    private void showVisits() {
        replace(visits, console.recentVisits().stream().map(outcome -> i18n.tr("staff.visitOutcome",
                TIME.format(outcome.at()), outcome.reason() + " (" + outcome.lastStep() + ")")).toList());
    }

    private void reloadRules() {
        replace(rules, List.of(i18n.tr("common.pleaseWait")));
        console.reloadRules().whenComplete((check, error) -> Platform.runLater(() -> {
            if (error != null) {
                replace(rules, List.of(i18n.tr("staff.rules.failed", 1), String.valueOf(error.getMessage())));
                return;
            }
            List<String> shown = new ArrayList<>();
            shown.add(check.ok() ? i18n.tr("staff.rules.ok", check.municipalities())
                    : i18n.tr("staff.rules.failed", check.problems().size()));
            shown.addAll(check.problems());
            replace(rules, shown);
        }));
    }

    private static void replace(VBox box, List<String> texts) {
        box.getChildren().setAll(texts.stream()
                .map(text -> new MessageLabel(new ReadOnlyStringWrapper(text), "staff-line"))
                .toList());
    }

    private MessageLabel heading(String key) {
        return new MessageLabel(i18n.text(key), "kiosk-subtitle");
    }

    private LargeKey key(String textKey, String id, Runnable action) {
        LargeKey key = new LargeKey(i18n.text(textKey));
        key.setId(id);
        key.setMaxWidth(Double.MAX_VALUE);
        key.setOnAction(event -> action.run());
        return key;
    }

    private static VBox lines(String id) {
        VBox box = new VBox();
        box.setId(id);
        box.getStyleClass().add("staff-lines");
        return box;
    }

    private static VBox column(Node... nodes) {
        VBox column = new VBox(nodes);
        column.getStyleClass().add("section");
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setPrefWidth(0);
        return column;
    }
}
