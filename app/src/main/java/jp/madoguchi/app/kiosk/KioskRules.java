package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import jp.madoguchi.app.kiosk.status.KioskStatus;
import jp.madoguchi.app.rules.BundleRefused;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.protocol.RulesOperations;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.load.LoadReport;
import jp.madoguchi.ui.staff.StaffConsole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule book visits ask on every menu and decision. A reload from the staff screen swaps it only when every
 * file is valid or an invalid stray copy beside the file that serves its municipality; otherwise the kiosk keeps
 * serving the rules it had and staff see the errors. Such a stray copy is a warning (status: degraded), never a
 * reason to stop serving.
 */
final class KioskRules implements Supplier<RuleBook> {
    private static final Logger LOG = LoggerFactory.getLogger(KioskRules.class);
    private final Optional<Path> directory;
    private final AtomicReference<RuleBook> book = new AtomicReference<>();
    private volatile CheckReport report;
    private volatile String unreadable;
    private volatile String bundle;
    private SignedRules signed;

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
        rules.report = logged(new CheckReport(first));
        return rules;
    }

    /**
     * Loads what there is, however little: a kiosk that fails closed starts out of service on bad rules instead of
     * not starting, and {@link #problem()} says why.
     */
    static KioskRules loadAny(Path directory) {
        KioskRules rules = new KioskRules(Optional.ofNullable(directory));
        if (directory == null) {
            rules.book.set(new RuleBook(List.of(), List.of()));
            rules.unreadable = "no rulesDirectory configured";
            return rules;
        }
        try {
            LoadReport first = RulesOperations.load(Optional.of(directory));
            rules.book.set(first.book());
            rules.report = logged(new CheckReport(first));
        } catch (IOException e) {
            rules.book.set(new RuleBook(List.of(), List.of()));
            rules.unreadable = directory + " cannot be read: " + e.getMessage();
        }
        return rules;
    }

    /**
     * Rules from a signed bundle only (see {@link SignedRules}): the configured one if it passes, else the last good
     * one (and the log and {@link #bundle()} say so), else none, and {@link #problem()} says why.
     */
    static KioskRules loadSigned(Path directory, Collection<X509Certificate> signers, Path lastGood) {
        KioskRules rules = new KioskRules(Optional.of(directory));
        rules.signed = new SignedRules(directory, signers, lastGood);
        try {
            rules.use(rules.signed.configured(), null);
        } catch (BundleRefused refused) {
            Optional<SignedRules.Loaded> kept = rules.signed.lastGood();
            if (kept.isPresent()) {
                LOG.warn("The rules bundle in {} is refused ({}); running the last good bundle {}", directory,
                        refused.getMessage(), kept.get().bundle().version());
                rules.use(kept.get(), refused.getMessage());
            } else {
                rules.book.set(new RuleBook(List.of(), List.of()));
                rules.unreadable = "the rules bundle is refused and no earlier one passed: " + refused.getMessage();
            }
        }
        return rules;
    }

    private void use(SignedRules.Loaded loaded, String refusedNow) {
        book.set(loaded.book());
        report = logged(loaded.report());
        unreadable = null;
        bundle = loaded.bundle().version() + (refusedNow == null ? ""
                : " (the last good one: " + directory.orElseThrow() + " is refused: " + refusedNow + ")");
    }

    /** The signed bundle in force, with its version, when the rules come from one. */
    Optional<String> bundle() {
        return Optional.ofNullable(bundle);
    }

    /** Why these rules cannot serve a resident: unreadable, no usable file, or a file with errors. */
    Optional<String> problem() {
        if (unreadable != null) {
            return Optional.of(unreadable);
        }
        if (book.get().size() == 0) {
            return Optional.of("no usable rule file in " + directory.map(Path::toString).orElse("the samples"));
        }
        // An invalid stray copy beside the file that serves its municipality is a warning (degraded), not a
        // problem: the valid file serves, as rules check and rules decide do (docs/rules.md, item 6).
        return report.serves() ? Optional.empty() : Optional.of(report.summary());
    }

    /** What staff and monitoring should fix although the rules serve: invalid stray copies, one line each. */
    List<String> warnings() {
        CheckReport now = report;
        return unreadable != null || now == null ? List.of() : now.strayLines();
    }

    /** The rules part of {@code status}: where they come from, and which file serves a municipality named twice. */
    KioskStatus.Rules status() {
        CheckReport now = unreadable == null ? report : null;
        List<KioskStatus.Duplicate> duplicates = now == null ? List.of() : now.duplicates().stream()
                .map(d -> new KioskStatus.Duplicate(d.municipality(), d.served(), d.notUsed())).toList();
        return new KioskStatus.Rules(book.get().size(), directory.map(Path::toString).orElse(KioskStatus.Rules.SAMPLES),
                bundle().orElse(null), problem().orElse(null), warnings(), duplicates);
    }

    @Override
    public RuleBook get() {
        return book.get();
    }

    /** Reads the files again; slow (file I/O and compiling): never on the FX thread. */
    StaffConsole.RulesCheck reload() throws IOException {
        if (signed != null) {
            try {
                use(signed.configured(), null);
                return new StaffConsole.RulesCheck(true, book.get().size(), List.of());
            } catch (BundleRefused refused) {
                return new StaffConsole.RulesCheck(false, book.get().size(), List.of(refused.getMessage()));
            }
        }
        CheckReport report = logged(new CheckReport(RulesOperations.load(directory)));
        if (report.serves()) {
            book.set(report.load().book());
            this.report = report;
            this.unreadable = null;
        }
        List<String> shown = new ArrayList<>(report.serves() ? report.strayLines() : List.of());
        shown.addAll(report.errorLines());
        return new StaffConsole.RulesCheck(report.serves(), report.load().book().size(), shown);
    }

    /** The log says which file serves when two name one municipality, and what is unverified or skipped. */
    private static CheckReport logged(CheckReport report) {
        report.warningLines().forEach(line -> LOG.warn("Rules: {}", line));
        report.skippedLines().forEach(line -> LOG.warn("Rules: {}", line));
        report.errorLines().forEach(line -> LOG.warn("Rules: {}", line));
        return report;
    }
}
