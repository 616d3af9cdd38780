package jp.madoguchi.card.cert;

import static jp.madoguchi.card.testsupport.TestCertificates.SIGN_CA_DN;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jp.madoguchi.card.testsupport.TestCa;
import jp.madoguchi.card.testsupport.TestCertificateBuilder;
import jp.madoguchi.card.testsupport.TestCertificates;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChainVerifierTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant EE_FROM = Instant.parse("2024-01-22T00:00:00Z");
    private static final Instant EE_UNTIL = Instant.parse("2029-05-10T14:59:59Z");

    /** Three generations with one DN, as J-LIS's sign CAs (docs/card.md). */
    private static final TestCa GEN_2015 = generation("2015", "2015-10-20T00:00:00Z", "2025-10-19T14:59:59Z");
    private static final TestCa GEN_2019 = generation("2019", "2019-09-14T00:00:00Z", "2029-09-14T14:59:59Z");
    private static final TestCa GEN_2023 = generation("2023", "2023-07-16T00:00:00Z", "2033-07-15T14:59:59Z");

    private final TrustStore trust = TrustStore.of(List.of(GEN_2015.certificate(), GEN_2019.certificate(),
            GEN_2023.certificate()), List.of());
    private final ChainVerifier verifier = new ChainVerifier(trust);

    @Test
    void picksTheGenerationThatSignedAmongSameNamedAnchors() {
        X509Certificate holder = holder(GEN_2019).issue();

        ChainResult result = verifier.verify(holder, NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.VALID);
        assertThat(result.issuer()).isEqualTo(GEN_2019.certificate());
        assertThat(result.generation()).startsWith("2019 (SKI ");
        assertThat(result.message()).contains("issued by CA generation 2019").contains("revocation not checked");
    }

    @Test
    void findsTheIssuerBySignatureWhenTheCertificateHasNoAuthorityKeyId() {
        X509Certificate holder = holder(GEN_2023).withoutAuthorityKeyId().issue();

        assertThat(verifier.verify(holder, NOW).issuer()).isEqualTo(GEN_2023.certificate());
    }

    @Test
    void findsTheIssuerBySignatureWhenTheAnchorsHaveNoSubjectKeyId() {
        TestCa plain = TestCa.of(new TestCertificateBuilder(SIGN_CA_DN)
                .key("sign-ca-plain").validity(Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2033-01-01T00:00:00Z"))
                .ca().withoutSubjectKeyId().selfSigned(), TestCertificates.key("sign-ca-plain"));
        ChainVerifier withPlain = new ChainVerifier(TrustStore.of(List.of(GEN_2015.certificate(),
                plain.certificate()), List.of()));

        ChainResult result = withPlain.verify(holder(plain).issue(), NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.VALID);
        assertThat(result.generation()).isEqualTo("2023");
    }

    @Test
    void aLookAlikeCaWithTheSameDnButAnotherKeyIsUntrusted() {
        TestCa rogue = TestCertificates.ca(SIGN_CA_DN, "rogue", Instant.parse("2023-07-16T00:00:00Z"),
                Instant.parse("2033-07-15T00:00:00Z"));

        ChainResult result = verifier.verify(holder(rogue).issue(), NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.UNTRUSTED);
        assertThat(result.issuer()).isNull();
        assertThat(result.message()).contains("verifies with none of the 3 trust anchor(s)");
    }

    @Test
    void anUnknownIssuerNameIsUntrusted() {
        TestCa other = TestCertificates.ca("C=JP,O=Somebody Else", "other", EE_FROM, EE_UNTIL);

        assertThat(verifier.verify(holder(other).issue(), NOW).message()).startsWith("no trust anchor is named");
    }

    @Test
    void validityWindowsOfTheHolderCertificateAreInclusive() {
        X509Certificate holder = holder(GEN_2023).issue();

        assertThat(verifier.verify(holder, EE_FROM).status()).isEqualTo(ChainStatus.VALID);
        assertThat(verifier.verify(holder, EE_UNTIL).status()).isEqualTo(ChainStatus.VALID);
        assertThat(verifier.verify(holder, EE_FROM.minusSeconds(1)).status()).isEqualTo(ChainStatus.NOT_YET_VALID);
        ChainResult expired = verifier.verify(holder, EE_UNTIL.plusSeconds(1));
        assertThat(expired.status()).isEqualTo(ChainStatus.EXPIRED);
        assertThat(expired.issuer()).isEqualTo(GEN_2023.certificate());
        assertThat(expired.message()).isEqualTo("the certificate expired at 2029-05-10T14:59:59Z");
    }

    @Test
    void anExpiredIssuingGenerationExpiresTheCertificate() {
        X509Certificate holder = holder(GEN_2015).validity(Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2026-12-31T00:00:00Z")).issue();

        ChainResult result = verifier.verify(holder, NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.EXPIRED);
        assertThat(result.message()).startsWith("the issuing CA expired");
        assertThat(result.generation()).startsWith("2015");
    }

    @Test
    void revokedByACrlOfTheSameGeneration() {
        X509Certificate holder = holder(GEN_2023).issue();
        X509CRL crl = GEN_2023.crl(NOW.minus(1, ChronoUnit.DAYS), NOW.plus(1, ChronoUnit.DAYS), holder.getSerialNumber());

        ChainResult result = withCrls(crl).verify(holder, NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.REVOKED);
        assertThat(result.message()).startsWith("revoked on 2026-02-28T00:00:00Z");
    }

    @Test
    void notRevokedBeforeTheRevocationDate() {
        X509Certificate holder = holder(GEN_2023).issue();
        X509CRL crl = GEN_2023.crl(NOW.plusSeconds(60), NOW.plus(2, ChronoUnit.DAYS), holder.getSerialNumber());

        assertThat(withCrls(crl).verify(holder, NOW).status()).isEqualTo(ChainStatus.VALID);
    }

    @Test
    void aCrlOfAnotherGenerationWithTheSameDnIsIgnored() {
        X509Certificate holder = holder(GEN_2023).serial(0x4242).issue();
        X509CRL otherGeneration = GEN_2019.crl(NOW.minusSeconds(60), NOW.plusSeconds(60), holder.getSerialNumber());

        ChainResult result = withCrls(otherGeneration).verify(holder, NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.VALID);
        assertThat(result.message()).contains("no CRL from this CA generation");
    }

    @Test
    void aCurrentCrlWithoutTheSerialSaysSo() {
        X509Certificate holder = holder(GEN_2023).issue();
        X509CRL crl = GEN_2023.crl(NOW.minusSeconds(60), NOW.plusSeconds(60), java.math.BigInteger.TEN);

        assertThat(withCrls(crl).verify(holder, NOW).message()).endsWith("; not on the configured CRL");
    }

    @Test
    void aStaleCrlIsStillUsedButFlagged() {
        X509Certificate holder = holder(GEN_2023).issue();
        X509CRL stale = GEN_2023.crl(NOW.minus(30, ChronoUnit.DAYS), NOW.minus(1, ChronoUnit.DAYS));

        ChainResult result = withCrls(stale).verify(holder, NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.VALID);
        assertThat(result.message()).contains("past its next update");
    }

    @Test
    void aCaCertificateIsNotAHolderCertificate() {
        ChainResult result = verifier.verify(holder(GEN_2023).ca().issue(), NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.INVALID_USAGE);
        assertThat(result.message()).contains("is a CA certificate");
    }

    @Test
    void aHolderKeyThatCannotSignIsInvalidUsage() {
        X509Certificate holder = holder(GEN_2023).keyUsage(KeyUsage.keyEncipherment).issue();

        assertThat(verifier.verify(holder, NOW).status()).isEqualTo(ChainStatus.INVALID_USAGE);
    }

    @Test
    void anAnchorThatIsNotACaCannotIssue() {
        X509Certificate notCa = new TestCertificateBuilder("C=JP,O=Not a CA")
                .key("not-ca").validity(EE_FROM, EE_UNTIL).selfSigned();
        TestCa fake = TestCa.of(notCa, TestCertificates.key("not-ca"));
        ChainVerifier trusting = new ChainVerifier(TrustStore.of(List.of(notCa), List.of()));

        ChainResult result = trusting.verify(holder(fake).issue(), NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.INVALID_USAGE);
        assertThat(result.message()).contains("not a CA certificate");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "EC, 256, EC 256-bit",
        "DSA, 2048, DSA 2048-bit",
        "EdDSA, 255, Ed25519 255-bit",
        "RSA, 1024, RSA 1024-bit",
        "RSA, 4096, RSA 4096-bit",
    })
    void aTrustedCaSigningAKeyJpkiNeverIssuesIsAnUnsupportedKey(String algorithm, int size, String named) {
        X509Certificate holder = holder(GEN_2023).key(TestCertificates.key(algorithm, size)).issue();

        ChainResult result = verifier.verify(holder, NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.UNSUPPORTED_KEY);
        assertThat(result.valid()).isFalse();
        assertThat(result.issuer()).isEqualTo(GEN_2023.certificate());
        assertThat(result.message())
                .isEqualTo("the certificate's key is " + named + "; JPKI certificates use RSA 2048-bit");
    }

    @Test
    void anRsa2048HolderKeyIsWhatJpkiIssues() {
        X509Certificate holder = holder(GEN_2023).key(TestCertificates.key("RSA", 2048)).issue();

        assertThat(verifier.verify(holder, NOW).status()).isEqualTo(ChainStatus.VALID);
    }

    @Test
    void anUntrustedCertificateWithAForeignKeyIsUntrustedFirst() {
        TestCa rogue = TestCertificates.ca(SIGN_CA_DN, "rogue", Instant.parse("2023-07-16T00:00:00Z"),
                Instant.parse("2033-07-15T00:00:00Z"));

        ChainResult result = verifier.verify(holder(rogue).key(TestCertificates.key("EC", 256)).issue(), NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.UNTRUSTED);
    }

    @Test
    void anUnsupportedKeyOutranksAnExpiredCertificate() {
        X509Certificate holder = holder(GEN_2023).key(TestCertificates.key("RSA", 1024)).issue();

        assertThat(verifier.verify(holder, EE_UNTIL.plusSeconds(1)).status()).isEqualTo(ChainStatus.UNSUPPORTED_KEY);
    }

    @Test
    void aConfiguredAnchorInsideItsWindowIsAValidCaCertificate() {
        ChainResult result = verifier.verifyAnchor(GEN_2019.certificate(), NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.VALID);
        assertThat(result.issuer()).isEqualTo(GEN_2019.certificate());
        assertThat(result.generation()).startsWith("2019 (SKI ");
        assertThat(result.message()).isEqualTo("one of the configured trust anchors: CA generation "
                + result.generation());
    }

    @Test
    void aCaCertificateWithAnAnchorsDnButOtherContentIsNotAnAnchor() {
        TestCa rogue = TestCertificates.ca(SIGN_CA_DN, "rogue", Instant.parse("2023-07-16T00:00:00Z"),
                Instant.parse("2033-07-15T00:00:00Z"));

        ChainResult result = verifier.verifyAnchor(rogue.certificate(), NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.UNTRUSTED);
        assertThat(result.issuer()).isNull();
        assertThat(result.message()).startsWith("not one of the 3 trust anchor(s) named");
    }

    @Test
    void aCaCertificateOfAnUnknownNameIsNotAnAnchor() {
        TestCa other = TestCertificates.ca("C=JP,O=Somebody Else", "other", EE_FROM, EE_UNTIL);

        assertThat(verifier.verifyAnchor(other.certificate(), NOW).message())
                .isEqualTo("no trust anchor is named O=Somebody Else, C=JP");
    }

    @Test
    void anExpiredAnchorIsAnExpiredCaCertificate() {
        ChainResult result = verifier.verifyAnchor(GEN_2015.certificate(), NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.EXPIRED);
        assertThat(result.message()).isEqualTo("the trust anchor expired at 2025-10-19T14:59:59Z");
    }

    @Test
    void malformedBytesAreAStatusNotAnException() {
        ChainResult result = verifier.verify(new byte[] {0x30, 0x01, 0x00}, NOW);

        assertThat(result.status()).isEqualTo(ChainStatus.MALFORMED);
        assertThat(result.issuer()).isNull();
        assertThat(result.message()).contains("not a valid DER X.509 certificate");
    }

    @Test
    void derBytesOfAGoodCertificateVerify() throws Exception {
        assertThat(verifier.verify(holder(GEN_2023).issue().getEncoded(), NOW).valid()).isTrue();
    }

    private ChainVerifier withCrls(X509CRL... crls) {
        return new ChainVerifier(TrustStore.of(trust.anchors(), List.of(crls)));
    }

    private static TestCertificateBuilder holder(TestCa ca) {
        return ca.endEntity("CN=holder,C=JP").key("holder-sign").validity(EE_FROM, EE_UNTIL)
                .keyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    private static TestCa generation(String year, String from, String until) {
        return TestCertificates.ca(SIGN_CA_DN, "sign-ca-" + year, Instant.parse(from), Instant.parse(until));
    }
}
