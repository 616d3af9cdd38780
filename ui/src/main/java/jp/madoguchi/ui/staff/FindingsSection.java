package jp.madoguchi.ui.staff;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import jp.madoguchi.ui.i18n.I18n;

/**
 * The test read's findings per reader. What identifies a card (its certificate's subject, serial and fingerprint)
 * stays hidden, since anyone behind the clerk can read the screen, until staff press the key that shows it; it hides
 * again on the next read and whenever the staff screen closes.
 */
final class FindingsSection extends StaffSection {
    private final FindingLines words;
    private final BooleanProperty identityShown = new SimpleBooleanProperty(false);
    private List<ReaderFinding> findings = List.of();

    FindingsSection(I18n i18n) {
        super(i18n, "staff.doctor", "staff-doctor");
        words = new FindingLines(i18n);
        key(Bindings.when(identityShown).then(i18n.text("staff.serials.hide"))
                .otherwise(i18n.text("staff.serials.show")), "staff-show-serials",
                () -> identityShown.set(!identityShown.get()));
        // Under the heading, not after two dozen lines: reachable without scrolling down to the numbers.
        getChildren().remove(keys());
        getChildren().add(1, keys());
        identityShown.addListener((property, before, now) -> {
            if (!findings.isEmpty()) {
                render();
            }
        });
        keys().setVisible(false);
        reset();
    }

    /** Before any read: what the key does and that it never uses a PIN try. */
    void reset() {
        findings = List.of();
        identityShown.set(false);
        keys().setVisible(false);
        show(StaffLine.plain(i18n.tr("staff.testRead.notYet")));
    }

    void reading() {
        findings = List.of();
        identityShown.set(false);
        keys().setVisible(false);
        show(StaffLine.plain(i18n.tr("staff.doctor.running")));
    }

    void found(List<ReaderFinding> found) {
        findings = List.copyOf(found);
        identityShown.set(false);
        keys().setVisible(found.stream().anyMatch(f -> f.card().isPresent()));
        render();
    }

    void failed(Throwable error) {
        findings = List.of();
        keys().setVisible(false);
        show(error instanceof VisitUnderway ? List.of(StaffLine.problem(i18n.tr("staff.busy")))
                : List.of(StaffLine.problem(i18n.tr("staff.testRead.failed")),
                        StaffLine.detail(i18n.tr("staff.detail", OnFx.why(error)))));
    }

    private void render() {
        if (findings.isEmpty()) {
            show(StaffLine.problem(i18n.tr("staff.reader.none")));
            return;
        }
        List<StaffLine> lines = new ArrayList<>();
        findings.forEach(finding -> lines.addAll(words.of(finding, identityShown.get())));
        show(lines);
    }
}
