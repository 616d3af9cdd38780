package jp.madoguchi.ui.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.function.LongSupplier;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.madoguchi.ui.controls.LargeKey;
import jp.madoguchi.ui.controls.MessageLabel;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The staff screen: the title and the keys stay in place while the sections between them scroll, so however long
 * the findings (a card on the reader gives two dozen lines) the way back and the work keys are always on the screen.
 * Opening it refreshes the state; a test read, printer check, test print and rules reload run only when asked,
 * through {@link StaffConsole} off the FX thread. Left alone for {@link #IDLE} it closes itself.
 */
final class StaffScreen extends StackPane {
    static final Duration IDLE = Duration.ofMinutes(3);

    private final StaffConsole console;
    private final Clock wall;
    private final StateSection state;
    private final FindingsSection findings;
    private final PrinterSection printer;
    private final VisitsSection visits;
    private final RulesSection rules;
    private final FactsSection facts;
    private final ScrollPane scroll;
    private final ExitConfirmation exit;

    StaffScreen(I18n i18n, StaffConsole console, StaffCalls calls, Clock wall, LongSupplier clock) {
        this.console = console;
        this.wall = wall;
        getStyleClass().addAll("overlay", "staff-screen");
        setId("staff-screen");
        state = new StateSection(i18n);
        findings = new FindingsSection(i18n);
        printer = new PrinterSection(i18n);
        visits = new VisitsSection(i18n);
        rules = new RulesSection(i18n);
        facts = new FactsSection(i18n);
        HBox columns = new HBox(column(state, new CallsSection(i18n, calls), findings),
                column(printer, visits, rules, facts));
        columns.getStyleClass().add("columns");
        scroll = new ScrollPane(columns);
        scroll.setId("staff-scroll");
        scroll.getStyleClass().add("staff-scroll");
        scroll.setFitToWidth(true);
        // Always there: a bar that came and went would change the width, and text broken for the old width kept
        // the height of its old lines (seen as a staff line cut off after a test read).
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.ALWAYS);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPannable(true); // a finger drags the page; the wide scroll bar works too
        exit = new ExitConfirmation(i18n, console::exitKiosk);
        BorderPane panel = new BorderPane(scroll, titleRow(i18n), null, keys(i18n), null);
        panel.getStyleClass().add("staff-panel");
        getChildren().addAll(panel, exit);
        new StaffIdle(this, IDLE, clock, this::close);
        setVisible(false);
    }

    void open() {
        findings.reset();
        printer.reset();
        rules.reset();
        exit.close();
        scroll.setVvalue(0);
        refresh();
        setVisible(true);
    }

    void close() {
        exit.close();
        findings.reset(); // what identifies a card is hidden again for whoever opens the screen next
        setVisible(false);
    }

    private void refresh() {
        state.working();
        visits.outcomes(console.recentVisits());
        facts.facts(console.kioskFacts());
        OnFx.when(console.checkNow(), health -> state.show(health, console.readers(), wall.instant()),
                error -> state.show(StaffLine.problem(OnFx.why(error))));
    }

    private void testRead() {
        findings.reading();
        OnFx.when(console.testRead(), findings::found, findings::failed);
    }

    private void checkPrinter() {
        printer.working();
        OnFx.when(console.checkPrinter(), printer::report, printer::failed);
    }

    private void testPrint() {
        printer.working();
        OnFx.when(console.testPrint(), printer::report, printer::failed);
    }

    private void reloadRules() {
        rules.working();
        OnFx.when(console.reloadRules(), rules::checked, rules::failed);
    }

    private static Node titleRow(I18n i18n) {
        MessageLabel title = new MessageLabel(i18n.text("staff.title"), "kiosk-title");
        title.setId("staff-title");
        title.setMaxWidth(USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        MessageLabel idle = new MessageLabel(i18n.text("staff.idleHint", IDLE.toMinutes()), "kiosk-note");
        idle.setMaxWidth(USE_PREF_SIZE);
        HBox row = new HBox(title, gap, idle);
        row.getStyleClass().add("staff-title-row");
        return row;
    }

    private Node keys(I18n i18n) {
        HBox work = new HBox(key(i18n, "staff.refresh", "staff-refresh", this::refresh),
                key(i18n, "staff.testRead", "staff-test-read", this::testRead),
                key(i18n, "staff.printerCheck", "staff-printer-check", this::checkPrinter),
                key(i18n, "staff.testPrint", "staff-test-print", this::testPrint),
                key(i18n, "staff.rules.reload", "staff-rules-reload", this::reloadRules));
        HBox leave = new HBox(key(i18n, "staff.backToKiosk", "staff-back", this::close).primary(),
                key(i18n, "staff.exit", "staff-exit", exit::open));
        work.getStyleClass().add("staff-key-group");
        leave.getStyleClass().add("staff-key-group");
        HBox.setHgrow(work, Priority.ALWAYS);
        HBox bar = new HBox(work, leave);
        bar.setId("staff-keys");
        bar.getStyleClass().add("staff-keys");
        return bar;
    }

    private static LargeKey key(I18n i18n, String textKey, String id, Runnable action) {
        LargeKey key = new LargeKey(i18n.text(textKey));
        key.setId(id);
        key.getStyleClass().add("staff-key");
        key.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(key, Priority.ALWAYS);
        key.setOnAction(event -> action.run());
        return key;
    }

    private static VBox column(Node... sections) {
        VBox column = new VBox(sections);
        column.getStyleClass().add("staff-column");
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setPrefWidth(0);
        column.setMinWidth(0); // the two columns share the width evenly, whatever their keys need
        return column;
    }
}
