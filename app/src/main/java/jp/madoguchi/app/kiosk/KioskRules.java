package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.protocol.RulesOperations;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.load.LoadReport;
import jp.madoguchi.ui.staff.StaffConsole;

/**
 * The rule book visits ask on every menu and decision. A reload from the staff screen swaps it only when every
 * file is valid; otherwise the kiosk keeps serving the rules it had and staff see the errors.
 */
final class KioskRules implements Supplier<RuleBook> {
    private final Optional<Path> directory;
    private final AtomicReference<RuleBook> book = new AtomicReference<>();

    private KioskRules(Optional<Path> directory) {
        this.directory = directory;
    }

    /** Loads the rule files of {@code directory} (the bundled samples when empty); fails if none is usable. */
    static KioskRules load(Optional<Path> directory) throws IOException {
        KioskRules rules = new KioskRules(directory);
        LoadReport first = RulesOperations.load(directory);
        if (first.book().size() == 0) {
            throw new IOException("no usable rule file in " + directory.map(Path::toString).orElse("the samples")
                    + ": " + new CheckReport(first).summary());
        }
        rules.book.set(first.book());
        return rules;
    }

    @Override
    public RuleBook get() {
        return book.get();
    }

    /** Reads the files again; slow (file I/O and compiling): never on the FX thread. */
    StaffConsole.RulesCheck reload() throws IOException {
        CheckReport report = new CheckReport(RulesOperations.load(directory));
        if (report.ok()) {
            book.set(report.load().book());
        }
        return new StaffConsole.RulesCheck(report.ok(), report.load().book().size(), report.errorLines());
    }
}
