package jp.madoguchi.card.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.Base64;
import jp.madoguchi.card.testsupport.SampleCard;
import jp.madoguchi.card.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustStoreTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final SampleCard sample = SampleCard.get();

    @TempDir
    Path dir;

    @Test
    void loadsPemBundlesDerCertificatesAndCrlsAndIgnoresOtherFiles() throws Exception {
        X509CRL crl = sample.signCa().crl(NOW, NOW.plusSeconds(86_400));
        Files.writeString(dir.resolve("jpki-cas.pem"), pem("CERTIFICATE", sample.authCa().certificate().getEncoded())
                + "some comment between blocks\n" + pem("X509 CRL", crl.getEncoded()));
        Files.write(dir.resolve("sign-ca.cer"), sample.signCa().certificate().getEncoded());
        Files.write(dir.resolve("sign.crl"), crl.getEncoded());
        Files.writeString(dir.resolve("README.txt"), "not a certificate");

        TrustStore store = TrustStore.load(dir);

        assertThat(store.anchors()).containsExactlyInAnyOrder(
                sample.authCa().certificate(), sample.signCa().certificate());
        assertThat(store.crls()).hasSize(2);
        assertThat(store.anchorsNamed(sample.signCa().certificate().getSubjectX500Principal()))
                .containsExactly(sample.signCa().certificate());
        assertThat(store.crlsNamed(sample.authCa().certificate().getSubjectX500Principal())).isEmpty();
        assertThat(store).hasToString("TrustStore[2 anchors, 2 CRLs]");
    }

    @Test
    void anUnreadableFileFailsTheLoadWithItsName() throws IOException {
        Files.write(dir.resolve("broken.der"), new byte[] {0x30, 0x03, 0x01, 0x01, 0x00});

        assertThatThrownBy(() -> TrustStore.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("broken.der").hasMessageContaining("not a valid DER X.509 certificate");
    }

    @Test
    void privateKeysDoNotBelongInATrustDirectory() throws IOException {
        Files.writeString(dir.resolve("oops.pem"), pem("PRIVATE KEY", new byte[] {1, 2, 3}));

        assertThatThrownBy(() -> TrustStore.load(dir)).hasMessageContaining("oops.pem")
                .hasMessageContaining("unsupported PEM block 'PRIVATE KEY'");
    }

    @Test
    void aPemFileWithoutACompleteBlockIsRejected() throws IOException {
        Files.writeString(dir.resolve("cut.pem"), "-----BEGIN CERTIFICATE-----\nMIIB\n");

        assertThatThrownBy(() -> TrustStore.load(dir)).hasMessageContaining("no complete PEM block");
    }

    @Test
    void aMissingDirectoryIsReported() {
        assertThatThrownBy(() -> TrustStore.load(dir.resolve("absent"))).isInstanceOf(IOException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void anEmptyDirectoryGivesAnEmptyStore() throws IOException {
        assertThat(TrustStore.load(dir).anchors()).isEmpty();
    }

    @Test
    void storeIsImmutable() {
        TrustStore store = TrustStore.of(java.util.List.of(TestCertificates.ca(TestCertificates.AUTH_CA_DN,
                "auth-ca-2023", NOW, NOW.plusSeconds(60)).certificate()), java.util.List.of());

        assertThatThrownBy(() -> store.anchors().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END "
                + label + "-----\n";
    }
}
