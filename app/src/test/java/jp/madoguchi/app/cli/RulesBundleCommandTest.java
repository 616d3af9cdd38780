package jp.madoguchi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.madoguchi.app.testsupport.rules.RulesSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule update signed on the municipality's side and checked as the kiosk would: what loads, what is refused. */
class RulesBundleCommandTest {
    @TempDir
    Path dir;

    private Path rules;
    private Path key;
    private Path cert;
    private Path signers;

    @BeforeEach
    void signer() throws Exception {
        rules = RulesSigner.copyOfSampleRules(dir.resolve("rules"));
        RulesSigner signer = RulesSigner.create("CN=Harima rules signer, O=Harima, C=JP");
        key = Files.writeString(dir.resolve("signer.key"), signer.keyPem());
        cert = Files.writeString(dir.resolve("signer.crt"), signer.certificatePem());
        signers = Files.createDirectories(dir.resolve("signers"));
        Files.copy(cert, signers.resolve("harima.crt"));
    }

    @Test
    void aSignedBundleVerifiesWithItsVersionAndSigner() {
        assertThat(sign().exitCode()).isZero();
        Console verify = verify(signers);

        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).startsWith("ok bundle 2027-04-01.1, signed by ").contains("CN=Harima rules signer");
    }

    @Test
    void aFileChangedOrAddedAfterSigningIsRefused() throws Exception {
        sign();
        Path harima = rules.resolve("harima.yaml");
        Files.writeString(harima, Files.readString(harima).replace("200", "20"));
        assertThat(verify(signers).err()).contains("refused: harima.yaml was changed after the bundle was signed");

        sign();
        Files.writeString(rules.resolve("extra.yaml"), "municipality: {}\n");
        Console added = verify(signers);
        assertThat(added.exitCode()).isEqualTo(1);
        assertThat(added.err()).contains("not in the signed MANIFEST: extra.yaml");
    }

    @Test
    void aBundleSignedBySomeoneElseOrNotAtAllIsRefused() throws Exception {
        assertThat(verify(signers).err()).contains("is not a signed bundle");
        sign();
        Path strangers = Files.createDirectories(dir.resolve("strangers"));
        Files.writeString(strangers.resolve("other.crt"),
                RulesSigner.create("CN=Harima rules signer, O=Harima, C=JP").certificatePem());

        Console other = verify(strangers);
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err()).contains("not signed by any configured rules signer");
    }

    @Test
    void aDirectoryWithABadRuleFileIsNeverSigned() throws Exception {
        Files.writeString(rules.resolve("broken.yaml"), "municipality:\n  code: \"12\"\n");

        Console sign = sign();

        assertThat(sign.exitCode()).isEqualTo(1);
        assertThat(sign.err()).contains("not signed");
        assertThat(rules.resolve("MANIFEST")).doesNotExist();
    }

    private Console sign() {
        return Console.run("", "rules", "sign", "--rules", rules.toString(), "--key", key.toString(), "--cert",
                cert.toString(), "--bundle-version", "2027-04-01.1");
    }

    private Console verify(Path trusted) {
        return Console.run("", "rules", "verify", "--rules", rules.toString(), "--signers", trusted.toString());
    }
}
