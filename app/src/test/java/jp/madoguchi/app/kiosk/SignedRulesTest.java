package jp.madoguchi.app.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import jp.madoguchi.app.rules.RuleBundle;
import jp.madoguchi.app.testsupport.rules.RulesSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kiosk that requires signed rules: it runs a bundle only when it passes, keeps the last one that did, falls back
 * to it when the configured one is refused, and serves nothing when neither passes.
 */
class SignedRulesTest {
    @TempDir
    Path dir;

    private Path rules;
    private Path lastGood;
    private KeyPair key;
    private X509Certificate signer;

    @BeforeEach
    void bundle() throws Exception {
        rules = RulesSigner.copyOfSampleRules(dir.resolve("rules"));
        lastGood = dir.resolve("data/rules-last-good");
        Files.createDirectories(lastGood.getParent());
        RulesSigner rulesSigner = RulesSigner.create("CN=Rules signer, C=JP");
        key = rulesSigner.key();
        signer = rulesSigner.certificate();
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
