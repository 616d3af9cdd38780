package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import jp.madoguchi.app.rules.RuleBundle;
import jp.madoguchi.card.testsupport.TestCertificateBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk that requires signed rules: it runs a bundle only when it passes, keeps the last one that did, falls back
 * to it when the configured one is refused, and serves nothing when neither passes.
 */
class SignedRulesTest {
    private static final Path SAMPLES = Path.of("..", "issuance", "src", "main", "resources", "jp", "madoguchi",
            "issuance", "samples", "rules");

    @TempDir
    Path dir;

    private Path rules;
    private Path lastGood;
    private KeyPair key;
    private X509Certificate signer;

    @BeforeEach
    void bundle() throws Exception {
        rules = Files.createDirectories(dir.resolve("rules"));
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path file : files.toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        lastGood = dir.resolve("data/rules-last-good");
        Files.createDirectories(lastGood.getParent());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        key = generator.generateKeyPair();
        signer = new TestCertificateBuilder("CN=Rules signer, C=JP").key(key).selfSigned();
    }

    @Test
    void aBundleThatPassesIsRunAndKeptAsTheLastGoodOne() throws Exception {
        RuleBundle.sign(rules, "2027-04-01.1", key.getPrivate(), signer);

        KioskRules loaded = KioskRules.loadSigned(rules, List.of(signer), lastGood);

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.bundle()).contains("2027-04-01.1");
        assertThat(loaded.get().size()).isEqualTo(4);
        assertThat(lastGood.resolve(RuleBundle.SIGNATURE)).exists();
    }

    @Test
    void aRefusedBundleLeavesTheLastGoodOneInForceAndSaysSo() throws Exception {
        RuleBundle.sign(rules, "2027-04-01.1", key.getPrivate(), signer);
        KioskRules.loadSigned(rules, List.of(signer), lastGood);
        Path harima = rules.resolve("harima.yaml");
        Files.writeString(harima, Files.readString(harima) + "\n# edited on the kiosk\n");

        KioskRules loaded = KioskRules.loadSigned(rules, List.of(signer), lastGood);

        assertThat(loaded.problem()).as("in service on the last good bundle").isEmpty();
        assertThat(loaded.get().size()).isEqualTo(4);
        assertThat(loaded.bundle()).get().asString().startsWith("2027-04-01.1 (the last good one: ")
                .contains("harima.yaml was changed after the bundle was signed");
        assertThat(loaded.reload().ok()).as("a staff reload of the refused bundle keeps what is in force").isFalse();
        assertThat(loaded.get().size()).isEqualTo(4);
    }

    @Test
    void withNoBundleThatEverPassedNothingIsServed() {
        KioskRules loaded = KioskRules.loadSigned(rules, List.of(signer), lastGood);

        assertThat(loaded.get().size()).isZero();
        assertThat(loaded.problem()).get().asString()
                .contains("the rules bundle is refused and no earlier one passed", "is not a signed bundle");
    }
}
