package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import jp.madoguchi.app.rules.BundleRefused;
import jp.madoguchi.app.rules.RuleBundle;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.protocol.RulesOperations;
import jp.madoguchi.issuance.rules.RuleBook;
import jp.madoguchi.issuance.rules.load.LoadReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rules as signed bundles, for a kiosk that requires them: a bundle is used only when its signature is by a
 * configured rules signer, its files are those it lists, and every one of them loads. Each bundle that passes is
 * kept as the last good one, in the kiosk's data directory, for a start where the configured one does not.
 */
final class SignedRules {
    private static final Logger LOG = LoggerFactory.getLogger(SignedRules.class);

    /** A bundle that passed: its rules, its load report and what it is. */
    record Loaded(RuleBook book, CheckReport report, RuleBundle.Verified bundle) {}

    private final Path directory;
    private final Collection<X509Certificate> signers;
    private final Path lastGood;

    SignedRules(Path directory, Collection<X509Certificate> signers, Path lastGood) {
        this.directory = directory;
        this.signers = List.copyOf(signers);
        this.lastGood = lastGood;
    }

    /** The configured bundle, kept as the last good one when it passes; otherwise exactly why it does not. */
    Loaded configured() throws BundleRefused {
        Loaded loaded = load(directory);
        try {
            keep();
        } catch (IOException e) {
            LOG.warn("The rules bundle {} loads, but cannot be kept as the last good one in {}: {}", directory,
                    lastGood, e.toString());
        }
        return loaded;
    }

    /** The last bundle that passed, if it still does. */
    Optional<Loaded> lastGood() {
        if (!Files.isDirectory(lastGood)) {
            return Optional.empty();
        }
        try {
            return Optional.of(load(lastGood));
        } catch (BundleRefused e) {
            LOG.error("The last good rules bundle in {} no longer verifies: {}", lastGood, e.getMessage());
            return Optional.empty();
        }
    }

    private Loaded load(Path bundle) throws BundleRefused {
        RuleBundle.Verified verified = RuleBundle.verify(bundle, signers);
        try {
            LoadReport report = RulesOperations.load(Optional.of(bundle));
            CheckReport check = new CheckReport(report);
            if (!check.ok() || report.book().size() == 0) {
                throw new BundleRefused("bundle " + verified.version() + " does not load completely: "
                        + check.summary());
            }
            return new Loaded(report.book(), check, verified);
        } catch (IOException e) {
            throw new BundleRefused(bundle + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Replaces the last good copy with the configured bundle: built beside it, then swapped in. */
    private void keep() throws IOException {
        Path next = lastGood.resolveSibling(lastGood.getFileName() + ".next");
        delete(next);
        Files.createDirectories(next);
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, next.resolve(file.getFileName()));
            }
        }
        Path old = lastGood.resolveSibling(lastGood.getFileName() + ".old");
        delete(old);
        if (Files.exists(lastGood)) {
            Files.move(lastGood, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(next, lastGood, StandardCopyOption.ATOMIC_MOVE);
        delete(old);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }
}
