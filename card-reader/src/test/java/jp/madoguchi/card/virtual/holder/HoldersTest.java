package jp.madoguchi.card.virtual.holder;

import static jp.madoguchi.card.virtual.Apdus.SELECT_JPKI;
import static jp.madoguchi.card.virtual.Apdus.data;
import static jp.madoguchi.card.virtual.Apdus.read;
import static jp.madoguchi.card.virtual.Apdus.selectEf;
import static jp.madoguchi.card.virtual.Apdus.send;
import static jp.madoguchi.card.virtual.Apdus.sw;
import static jp.madoguchi.card.virtual.Apdus.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateExpiredException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.NoSuchElementException;
import jp.madoguchi.card.jpki.JpkiFile;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.Apdus;
import jp.madoguchi.card.virtual.VirtualMyNumberCard;
import jp.madoguchi.card.virtual.pki.CaGeneration;
import jp.madoguchi.card.virtual.pki.CaHierarchy;
import jp.madoguchi.card.virtual.pki.CertificatePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fixture holder has the property its id promises, today and on any other day. */
class HoldersTest {
    private static final Clock NOW = Clock.systemUTC();

    private static VirtualMyNumberCard card(String id) {
        return VirtualMyNumberCard.of(Holders.byId(id), NOW);
    }

    @Test
    void idsAndResidentIdsAreStableAndUnique() {
        assertThat(Holders.all()).extracting(Holder::id).containsExactly("default", "hanako", "minor", "expired",
                "renewal", "locked", "last-try", "older-ca", "foreign", "juki", "smartphone");
        assertThat(Holders.all()).extracting(Holder::residentId).doesNotHaveDuplicates()
                .allMatch(id -> id.length() == 20 && id.startsWith("JPKITEST"));
        assertThat(Holders.all()).extracting(Holder::myNumber).doesNotHaveDuplicates()
                .allMatch(n -> n.startsWith("0000"));
        assertThatThrownBy(() -> Holders.byId("nobody")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("default");
    }

    @Test
    void defaultHolderIsAValidAdultWithTheDocumentedPins() throws Exception {
        Holder holder = Holders.defaultHolder();
        assertThat(holder.id()).isEqualTo("default");
        assertThat(holder.person().name()).isEqualTo("山田\u3000太郎");
        assertThat(holder.person().ageOn(LocalDate.now(NOW))).isGreaterThanOrEqualTo(18);
        assertThat(new String(holder.pins().ascii(PinKind.AUTH).orElseThrow(), StandardCharsets.US_ASCII))
                .isEqualTo("1234");
        assertThat(new String(holder.pins().ascii(PinKind.KENHOJO).orElseThrow(), StandardCharsets.US_ASCII))
                .isEqualTo("1234");
        assertThat(holder.pins().chars(PinKind.SIGN)).containsExactly('A', 'B', 'C', '1', '2', '3');
        for (PinKind kind : PinKind.values()) {
            assertThat(holder.initialTries(kind)).isEqualTo(kind.maxTries());
        }
        VirtualMyNumberCard card = VirtualMyNumberCard.of(holder, NOW);
        card.authCertificate().checkValidity();
        card.signCertificate().orElseThrow().checkValidity();
        assertThat(card.variant()).isEqualTo(CardVariant.MY_NUMBER_CARD);
    }

    @Test
    void holdersNeverPrintTheirPins() {
        String printed = Holders.defaultHolder().toString() + Holders.defaultHolder().pins();
        assertThat(printed).doesNotContain("1234", "ABC123", "000099990001");
    }

    @Test
    void expiredHoldersCertificatesAreExpired() {
        VirtualMyNumberCard card = card("expired");
        assertThatThrownBy(() -> card.authCertificate().checkValidity())
                .isInstanceOf(CertificateExpiredException.class);
        assertThatThrownBy(() -> card.signCertificate().orElseThrow().checkValidity())
                .isInstanceOf(CertificateExpiredException.class);
    }

    @Test
    void renewalHolderIsInsideTheThreeMonthWindow() throws Exception {
        for (X509Certificate certificate : new X509Certificate[] {card("renewal").authCertificate(),
            card("renewal").signCertificate().orElseThrow()}) {
            certificate.checkValidity();
            Duration left = Duration.between(NOW.instant(), certificate.getNotAfter().toInstant());
            assertThat(left).isPositive().isLessThan(Duration.ofDays(CertificatePlan.RENEWAL_WINDOW_DAYS));
        }
    }

    @Test
    void fixturesStayTrueOnAnyDay() throws Exception {
        Clock in2040 = Clock.fixed(Instant.parse("2040-06-01T00:00:00Z"), ZoneOffset.UTC);
        VirtualMyNumberCard expired = VirtualMyNumberCard.of(Holders.byId("expired"), in2040);
        assertThat(expired.authCertificate().getNotAfter()).isBefore(Date.from(in2040.instant()));
        VirtualMyNumberCard renewal = VirtualMyNumberCard.of(Holders.byId("renewal"), in2040);
        renewal.authCertificate().checkValidity(Date.from(in2040.instant()));
        assertThat(renewal.authCertificate().getNotAfter())
                .isBefore(Date.from(in2040.instant().plus(Duration.ofDays(90))));
    }

    @Test
    void minorIsUnder15AndHasNoSignatureCertificate() {
        VirtualMyNumberCard card = card("minor");
        assertThat(card.holder().person().ageOn(LocalDate.now(NOW))).isLessThan(15);
        assertThat(card.signCertificate()).isEmpty();
        assertThat(card.holder().pins().has(PinKind.SIGN)).isFalse();
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.CERT_PRESENCE));
        assertThat(data(card.process(read(0, 3)))[0]).isNotEqualTo((byte) 0x8F);
        assertThat(send(card, selectEf(JpkiFile.SIGN_CERT))).isEqualTo(0x6A82);
        assertThat(send(card, selectEf(JpkiFile.SIGN_PIN))).isEqualTo(0x9000);
        assertThat(send(card, Apdus.triesQuery())).isEqualTo(0x63C5);
    }

    @Test
    void lockedAndLastTryHoldersStartWithTheirCounters() {
        assertThat(card("locked").triesLeft(PinKind.AUTH)).isZero();
        assertThat(card("locked").triesLeft(PinKind.SIGN)).isEqualTo(5);
        assertThat(card("last-try").triesLeft(PinKind.AUTH)).isEqualTo(1);
    }

    @Test
    void olderCaHolderIsIssuedUnderTheOlderGeneration() {
        VirtualMyNumberCard card = card("older-ca");
        assertThat(card.authCaCertificate())
                .isEqualTo(TestPki.standard().caCertificate(CaHierarchy.AUTHENTICATION, CaGeneration.G2020));
        assertThat(card.signCaCertificate())
                .isEqualTo(TestPki.standard().caCertificate(CaHierarchy.SIGNATURE, CaGeneration.G2020));
        assertThat(PkiChecks.authorityKeyId(card.authCertificate()))
                .isEqualTo(PkiChecks.subjectKeyId(card.authCaCertificate()));
    }

    @Test
    void householdMembersShareTheAddressButNothingElse() {
        Holder taro = Holders.byId("default");
        Holder hanako = Holders.byId("hanako");
        assertThat(hanako.person().address()).isEqualTo(taro.person().address());
        assertThat(hanako.person().name()).startsWith("山田");
        assertThat(hanako.residentId()).isNotEqualTo(taro.residentId());
        assertThat(card("hanako").authCertificate().getPublicKey()).isNotEqualTo(card("default")
                .authCertificate().getPublicKey());
    }

    @Test
    void foreignResidentHasALatinName() {
        assertThat(Holders.byId("foreign").person().name()).matches("[A-Z ]+");
        assertThat(Holders.byId("foreign").person().kanaIfRecorded()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"juki", "smartphone", "default"})
    void tokenLabelTellsTheVariantApart(String id) {
        VirtualMyNumberCard card = card(id);
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.TOKEN_INFO));
        String label = new String(data(card.process(read(0, 32))), StandardCharsets.US_ASCII).trim();
        assertThat(label).isEqualTo(card.variant().tokenLabel());
    }

    @Test
    void smartphoneTokenGuardsEvenTheAuthCertificate() {
        VirtualMyNumberCard card = card("smartphone");
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.AUTH_CERT));
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x6982);
        send(card, selectEf(JpkiFile.AUTH_PIN));
        send(card, verify("1234"));
        send(card, selectEf(JpkiFile.AUTH_CERT));
        assertThat(sw(card.process(read(0, 4)))).isEqualTo(0x9000);
    }

    @Test
    void everyFixtureBecomesACard() {
        for (Holder holder : Holders.all()) {
            VirtualMyNumberCard card = VirtualMyNumberCard.of(holder, NOW);
            assertThat(card.authCertificate().getSubjectX500Principal().getName())
                    .isEqualTo("CN=" + holder.residentId() + ",C=JP");
            assertThat(card.signCertificate().isPresent()).isEqualTo(holder.hasSignCertificate());
        }
    }
}
