package jp.madoguchi.card.virtual.holder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator writes a PKI that loads and issues valid chains (4 CA keys + one holder: about a second). */
class TestPkiGeneratorTest {
    @Test
    void generatedPkiLoadsAndIssuesValidChains(@TempDir Path directory) throws Exception {
        TestPkiGenerator.generate(directory, List.of("default"));
        assertThat(directory.resolve("ca-auth-g2020.crt.pem")).exists();
        assertThat(directory.resolve("holder-default-sign.key.pem")).content().startsWith("-----BEGIN PRIVATE KEY-----");

        TestPki pki = TestPki.fromDirectory(directory);
        assertThat(pki.trustAnchors()).hasSize(4);
        for (var ca : pki.trustAnchors()) {
            PkiChecks.assertWellFormedCa(ca);
        }
        HolderCredentials credentials = pki.issue(Holders.defaultHolder(), Clock.systemUTC());
        assertThat(((RSAPublicKey) credentials.authCertificate().getPublicKey()).getModulus().bitLength())
                .isEqualTo(2048);
        PkiChecks.validate(credentials.authCertificate(), pki.trustAnchors(), new Date());
        PkiChecks.validate(credentials.signCertificate().orElseThrow(), pki.trustAnchors(), new Date());
        assertThat(pki.trustAnchors()).doesNotContainAnyElementsOf(TestPki.standard().trustAnchors());
    }

    @Test
    void withoutForceOnlyMissingFilesAreWritten(@TempDir Path directory) throws Exception {
        TestPkiGenerator.generate(directory, List.of(), true);
        String ca = Files.readString(directory.resolve("ca-sign-g2024.crt.pem"));
        TestPkiGenerator.generate(directory, List.of(), false);
        assertThat(Files.readString(directory.resolve("ca-sign-g2024.crt.pem"))).isEqualTo(ca);
    }
}
