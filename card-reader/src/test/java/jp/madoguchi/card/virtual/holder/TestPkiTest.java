package jp.madoguchi.card.virtual.holder;

import static jp.madoguchi.card.virtual.holder.PkiChecks.anchorSet;
import static jp.madoguchi.card.virtual.holder.PkiChecks.assertWellFormedCa;
import static jp.madoguchi.card.virtual.holder.PkiChecks.authorityKeyId;
import static jp.madoguchi.card.virtual.holder.PkiChecks.subjectKeyId;
import static jp.madoguchi.card.virtual.holder.PkiChecks.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.security.auth.x500.X500Principal;
import jp.madoguchi.card.virtual.pki.CaGeneration;
import jp.madoguchi.card.virtual.pki.CaHierarchy;
import org.junit.jupiter.api.Test;

/** The committed test PKI and the certificates it issues. */
class TestPkiTest {
    /** 2026-11-21 10:00 JST. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T01:00:00Z"), ZoneOffset.UTC);

    private final TestPki pki = TestPki.standard();

    @Test
    void trustAnchorsAreBothHierarchiesInTwoGenerationsSharingOneDn() throws Exception {
        assertThat(pki.trustAnchors()).hasSize(4);
        for (CaHierarchy hierarchy : CaHierarchy.values()) {
            X509Certificate older = pki.caCertificate(hierarchy, CaGeneration.G2020);
            X509Certificate current = pki.caCertificate(hierarchy, CaGeneration.G2024);
            assertWellFormedCa(older);
            assertWellFormedCa(current);
            assertThat(older.getSubjectX500Principal()).isEqualTo(current.getSubjectX500Principal())
                    .isEqualTo(new X500Principal(reversed(hierarchy.distinguishedName())));
            assertThat(older.getPublicKey()).isNotEqualTo(current.getPublicKey());
            assertThat(subjectKeyId(older)).isNotEqualTo(subjectKeyId(current));
            assertThat(older.getNotAfter()).isAfter(Date.from(Instant.parse("2045-12-30T00:00:00Z")));
        }
        assertThat(pki.caCertificate(CaHierarchy.AUTHENTICATION, CaGeneration.G2024).getSubjectX500Principal()
                .getName()).contains("O=JPKI-TEST", "OU=JPKI for user authentication");
    }

    private static String reversed(String opensslOrder) {
        List<String> parts = new ArrayList<>(List.of(opensslOrder.split(", ")));
        Collections.reverse(parts);
        return String.join(",", parts);
    }

    @Test
    void authCertificateCarriesNoPersonalData() throws Exception {
        Holder holder = Holders.defaultHolder();
        X509Certificate auth = pki.issue(holder, CLOCK).authCertificate();
        assertThat(auth.getSubjectX500Principal().getName()).isEqualTo("CN=JPKITEST000000000001,C=JP");
        assertThat(auth.getKeyUsage()).startsWith(true, false, false);
        assertThat(auth.getCriticalExtensionOIDs()).containsExactly("2.5.29.15");
        assertThat(CertificateFields.policies(auth)).containsExactly("1.2.392.200149.8.5.1.3.30");
        assertThat(auth.getSubjectAlternativeNames()).isNull();
        assertThat(CertificateFields.issuerAltName(auth)).isEqualTo("C=JP,O=公的個人認証サービス");
        assertThat(authorityKeyId(auth)).isEqualTo(subjectKeyId(pki.caCertificate(CaHierarchy.AUTHENTICATION,
                CaGeneration.G2024)));
        assertThat(auth.getSigAlgName()).isEqualTo("SHA256withRSA");
    }

    @Test
    void signCertificateCarriesTheFourAttributes() throws Exception {
        X509Certificate sign = pki.issue(Holders.defaultHolder(), CLOCK).signCertificate().orElseThrow();
        assertThat(sign.getKeyUsage()).startsWith(true, true, false);
        assertThat(sign.getCriticalExtensionOIDs()).containsExactlyInAnyOrder("2.5.29.15", "2.5.29.32");
        assertThat(CertificateFields.policies(sign)).containsExactly("1.2.392.200149.8.5.1.0.20");
        assertThat(CertificateFields.issuerAltName(sign)).isEqualTo("C=JP,O=公的個人認証サービス");
        assertThat(CertificateFields.otherNames(sign)).containsExactly(
                Map.entry("1.2.392.200149.8.5.5.1", "山田\u3000太郎"),
                Map.entry("1.2.392.200149.8.5.5.4", "319800401"),
                Map.entry("1.2.392.200149.8.5.5.3", "1"),
                Map.entry("1.2.392.200149.8.5.5.5", "東京都千代田区見本町１丁目２番３号"),
                Map.entry("1.2.392.200149.8.5.5.2", "00000"),
                Map.entry("1.2.392.200149.8.5.5.6", "00000"));
    }

    @Test
    void verifiersMustPickTheIssuerByKeyIdentifier() throws Exception {
        Date now = Date.from(CLOCK.instant());
        for (String id : List.of("default", "older-ca")) {
            HolderCredentials credentials = pki.issue(Holders.byId(id), CLOCK);
            validate(credentials.authCertificate(), pki.trustAnchors(), now);
            validate(credentials.signCertificate().orElseThrow(), pki.trustAnchors(), now);
        }
        X509Certificate olderAuth = pki.issue(Holders.byId("older-ca"), CLOCK).authCertificate();
        assertThat(authorityKeyId(olderAuth))
                .isEqualTo(subjectKeyId(pki.caCertificate(CaHierarchy.AUTHENTICATION, CaGeneration.G2020)));
        List<X509Certificate> currentOnly = List.of(pki.caCertificate(CaHierarchy.AUTHENTICATION,
                CaGeneration.G2024));
        assertThatThrownBy(() -> validate(olderAuth, currentOnly, now))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void issuingIsDeterministicPerJapaneseDayAcrossIndependentLoads() throws Exception {
        TestPki otherProcess = TestPki.fromDirectory(Path.of("src/main/resources/jp/madoguchi/card/virtual/holder/testpki"));
        Clock laterThatDay = Clock.fixed(Instant.parse("2026-11-21T14:59:00Z"), ZoneOffset.UTC);
        HolderCredentials first = pki.issue(Holders.defaultHolder(), CLOCK);
        HolderCredentials second = otherProcess.issue(Holders.defaultHolder(), laterThatDay);
        assertThat(second.authCertificate().getEncoded()).isEqualTo(first.authCertificate().getEncoded());
        assertThat(second.signCertificate().orElseThrow().getEncoded())
                .isEqualTo(first.signCertificate().orElseThrow().getEncoded());

        Clock nextDayInJapan = Clock.fixed(Instant.parse("2026-11-21T15:00:00Z"), ZoneOffset.UTC);
        assertThat(TestPki.issuingDay(nextDayInJapan)).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(pki.issue(Holders.defaultHolder(), nextDayInJapan).authCertificate().getSerialNumber())
                .isNotEqualTo(first.authCertificate().getSerialNumber());
    }

    @Test
    void validityIsRelativeToTheIssuingDay() {
        X509Certificate auth = pki.issue(Holders.defaultHolder(), CLOCK).authCertificate();
        assertThat(auth.getNotBefore().toInstant()).isEqualTo(Instant.parse("2025-11-20T15:00:00Z"));
        // 4 x 365 days on (2028 is a leap year), up to the last second of that day in Japan.
        assertThat(auth.getNotAfter().toInstant()).isEqualTo(Instant.parse("2030-11-20T14:59:59Z"));
    }

    @Test
    void crlRevokesGivenSerialsAndPkixRejectsThem() throws Exception {
        X509Certificate auth = pki.issue(Holders.defaultHolder(), CLOCK).authCertificate();
        X509Certificate other = pki.issue(Holders.byId("hanako"), CLOCK).authCertificate();
        X509CRL crl = pki.crl(CaHierarchy.AUTHENTICATION, CaGeneration.G2024, List.of(auth.getSerialNumber()), CLOCK);
        crl.verify(pki.caCertificate(CaHierarchy.AUTHENTICATION, CaGeneration.G2024).getPublicKey());
        assertThat(crl.isRevoked(auth)).isTrue();
        assertThat(crl.isRevoked(other)).isFalse();

        PKIXParameters parameters = new PKIXParameters(anchorSet(pki.trustAnchors()));
        parameters.setDate(Date.from(CLOCK.instant()));
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.of(crl))));
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        assertThatThrownBy(() -> CertPathValidator.getInstance("PKIX")
                .validate(x509.generateCertPath(List.of(auth)), parameters))
                .isInstanceOf(CertPathValidatorException.class)
                .hasMessageContaining("revoked");
        CertPathValidator.getInstance("PKIX").validate(x509.generateCertPath(List.of(other)), parameters);
    }

    @Test
    void birthDatesCarryTheirEra() {
        assertThat(EraDate.of(LocalDate.of(1912, 7, 29))).isEqualTo("119120729");
        assertThat(EraDate.of(LocalDate.of(1912, 7, 30))).isEqualTo("219120730");
        assertThat(EraDate.of(LocalDate.of(1926, 12, 25))).isEqualTo("319261225");
        assertThat(EraDate.of(LocalDate.of(1989, 1, 8))).isEqualTo("419890108");
        assertThat(EraDate.of(LocalDate.of(2019, 5, 1))).isEqualTo("520190501");
        assertThat(EraDate.of(LocalDate.of(1860, 1, 1))).isEqualTo("018600101");
    }
}
