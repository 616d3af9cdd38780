package jp.madoguchi.app.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.cert.TrustStore;
import jp.madoguchi.card.jpki.CardCertificate;
import jp.madoguchi.card.jpki.EfPath;
import jp.madoguchi.card.jpki.JpkiFile;
import jp.madoguchi.card.pcsc.ReaderService;
import jp.madoguchi.card.testsupport.TestCa;
import jp.madoguchi.card.testsupport.TestCertificateBuilder;
import jp.madoguchi.card.testsupport.TestCertificates;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.pcsc.VirtualReader;
import jp.madoguchi.card.virtual.pki.CaHierarchy;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

/** The chain findings as {@code doctor --json} carries them, with trust anchors chosen by the test. */
class DoctorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCardWhoseCaTheKioskDoesNotTrustIsReadButUntrusted() throws Exception {
        // What a forged card meets: the kiosk trusts a CA of the same name, but not the one that signed the card.
        X509Certificate genuine = new TestCertificateBuilder(CaHierarchy.AUTHENTICATION.distinguishedName())
                .key("genuine-auth-ca").validity(Instant.parse("2020-01-01T00:00:00Z"),
                        Instant.parse("2040-01-01T00:00:00Z")).ca().selfSigned();
        ChainVerifier trustingOthers = new ChainVerifier(TrustStore.of(List.of(genuine), List.of()));

        JsonNode reader = examine(trustingOthers).at("/readers/0");

        assertThat(reader.get("problem").isNull()).isTrue();
        JsonNode certificates = reader.at("/card/certificates");
        assertThat(certificates.at("/auth/chain/status").asText()).isEqualTo("UNTRUSTED");
        assertThat(certificates.at("/auth/chain/message").asText()).contains("verifies with none of the 1 trust");
        assertThat(certificates.at("/auth/chain/issuerGeneration").isNull()).isTrue();
        assertThat(certificates.at("/authCa/chain/status").asText()).isEqualTo("UNTRUSTED");
        assertThat(certificates.at("/authCa/chain/message").asText()).startsWith("not one of the 1 trust anchor(s)");
        assertThat(certificates.at("/signCa/chain/message").asText()).startsWith("no trust anchor is named");
    }

    @Test
    void theTextReportShowsEachCertificatesChain() throws Exception {
        ChainVerifier trustingNothing = new ChainVerifier(TrustStore.of(List.of(), List.of()));
        DoctorReport report;
        try (ReaderService readers = new ReaderService(new VirtualReader(Holders.defaultHolder()), null).start()) {
            report = new Doctor(readers, trustingNothing, Clock.systemUTC()).examine();
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        DoctorText.print(report, "the test", new PrintStream(text, true, StandardCharsets.UTF_8));

        assertThat(text.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("    chain:   ")))
                .hasSize(3).allMatch(l -> l.startsWith("    chain:   UNTRUSTED: no trust anchor is named"));
    }

    @Test
    void aHolderKeyJpkiNeverIssuesShowsAsUnsupportedKey() throws Exception {
        TestCa ca = TestCertificates.ca(TestCertificates.AUTH_CA_DN, "auth-ca-doctor",
                Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2033-01-01T00:00:00Z"));
        X509Certificate ec = ca.endEntity("CN=holder,C=JP").key(TestCertificates.key("EC", 256))
                .keyUsage(KeyUsage.digitalSignature).issue();
        ChainVerifier verifier = new ChainVerifier(TrustStore.of(List.of(ca.certificate()), List.of()));
        CardCertificate read = new CardCertificate(EfPath.jpki(JpkiFile.AUTH_CERT), ec.getEncoded(), ec);

        DoctorReport.Certificate facts = CertificateFacts.of(read, verifier.verify(ec, Instant.parse(
                "2026-03-01T00:00:00Z")));
        JsonNode chain = JSON.readTree(DoctorJson.of(reportWith(facts))).at("/readers/0/card/certificates/auth/chain");

        assertThat(chain.get("status").asText()).isEqualTo("UNSUPPORTED_KEY");
        assertThat(chain.get("message").asText())
                .isEqualTo("the certificate's key is EC 256-bit; JPKI certificates use RSA 2048-bit");
        assertThat(chain.get("issuerGeneration").asText()).startsWith("2023 (SKI ");
    }

    private static JsonNode examine(ChainVerifier verifier) throws Exception {
        try (ReaderService readers = new ReaderService(new VirtualReader(Holders.defaultHolder()), null).start()) {
            return JSON.readTree(DoctorJson.of(new Doctor(readers, verifier, Clock.systemUTC()).examine()));
        }
    }

    private static DoctorReport reportWith(DoctorReport.Certificate auth) {
        DoctorReport.Card card = new DoctorReport.Card("MY_NUMBER_CARD", JpkiFile.LABEL_MY_NUMBER, null,
                new DoctorReport.Certificates(auth, null, null), null);
        return new DoctorReport(List.of(new DoctorReport.Reader("reader", true, "3BE000FF8131FE4514", card, null)));
    }
}
