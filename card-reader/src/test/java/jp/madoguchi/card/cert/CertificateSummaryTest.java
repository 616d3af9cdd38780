package jp.madoguchi.card.cert;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import jp.madoguchi.card.testsupport.SampleCard;
import org.junit.jupiter.api.Test;

class CertificateSummaryTest {
    private static final Instant NOW = Instant.parse("2029-03-01T00:00:00Z");

    @Test
    void summarisesForDisplay() throws Exception {
        SampleCard sample = SampleCard.get();
        X509Certificate certificate = sample.authCertificate();
        ChainResult chain = new ChainVerifier(TrustStore.of(List.of(sample.authCa().certificate()), List.of()))
                .verify(certificate, NOW);

        CertificateSummary summary = CertificateSummary.of(certificate, chain, NOW);

        assertThat(summary.subject()).isEqualTo("CN=8439000000000000000A,C=JP");
        assertThat(summary.issuer()).contains("OU=JPKI for user authentication");
        assertThat(summary.serialHex()).isEqualTo(certificate.getSerialNumber().toString(16).toUpperCase());
        assertThat(summary.notBefore()).isEqualTo(SampleCard.ISSUED);
        assertThat(summary.notAfter()).isEqualTo(SampleCard.EXPIRES);
        assertThat(summary.sha256Hex()).isEqualTo(HexFormat.of().withUpperCase().formatHex(
                MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())));
        assertThat(summary.chainStatus()).isEqualTo(ChainStatus.VALID);
        assertThat(summary.renewal()).isEqualTo(new RenewalStatus.Open(LocalDate.of(2029, 2, 10)));
    }
}
