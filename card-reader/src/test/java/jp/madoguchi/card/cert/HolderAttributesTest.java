package jp.madoguchi.card.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import jp.madoguchi.card.testsupport.SampleCard;
import jp.madoguchi.card.testsupport.TestCertificateBuilder;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.DERUTF8String;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolderAttributesTest {
    private static final String OID = SampleCard.OID_PREFIX;

    private final SampleCard sample = SampleCard.get();

    @Test
    void readsTheFourAttributesAndTheSubstituteFields() throws Exception {
        HolderAttributes holder = HolderAttributes.fromSignatureCertificate(sample.signCertificate());

        assertThat(holder.name()).isEqualTo(SampleCard.NAME);
        assertThat(holder.nameSubstitutes()).isEqualTo("00000");
        assertThat(holder.sex()).isEqualTo(Sex.FEMALE);
        assertThat(holder.birthDate()).isEqualTo(new BirthDate(Era.SHOWA, LocalDate.of(1985, 6, 15)));
        assertThat(holder.address()).isEqualTo(SampleCard.ADDRESS);
        assertThat(holder.addressSubstitutes()).isEqualTo("00000");
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
        "119000101, MEIJI, 1900-01-01, 明治",
        "219200229, TAISHO, 1920-02-29, 大正",
        "319890107, SHOWA, 1989-01-07, 昭和",
        "419890108, HEISEI, 1989-01-08, 平成",
        "520190501, REIWA, 2019-05-01, 令和",
        "019700101, UNKNOWN, 1970-01-01, 不明",
    })
    void keepsTheEraAndReadsTheDateAsGregorian(String value, Era era, LocalDate date, String kanji) throws Exception {
        BirthDate birth = HolderAttributes.fromSignatureCertificate(withBirth(value)).birthDate();

        assertThat(birth.era()).isEqualTo(era);
        assertThat(birth.date()).isEqualTo(date);
        assertThat(birth.era().kanji()).isEqualTo(kanji);
    }

    @Test
    void anUnknownEraMayCarryNoFullDate() throws Exception {
        assertThat(HolderAttributes.fromSignatureCertificate(withBirth("019500000")).birthDate())
                .isEqualTo(new BirthDate(Era.UNKNOWN, null));
    }

    @ParameterizedTest(name = "birth {0}: {1}")
    @CsvSource({
        "31985061, not 9 digits",
        "3198506150, not 9 digits",
        "3S9850615, not 9 digits",
        "619850615, unknown era digit",
        "320230230, not a valid Gregorian date",
    })
    void rejectsBadBirthDatesWithoutEchoingThem(String value, String reason) {
        assertThatThrownBy(() -> HolderAttributes.fromSignatureCertificate(withBirth(value)))
                .isInstanceOf(MalformedCertificateException.class).hasMessageContaining(reason)
                .hasMessageNotContaining(value);
    }

    @ParameterizedTest(name = "sex {0} -> {1}")
    @CsvSource({"1, MALE", "2, FEMALE", "3, UNKNOWN"})
    void readsEachSexCode(String code, Sex sex) throws Exception {
        X509Certificate certificate = attributes().otherName(OID + "3", code).otherName(OID + "4", "319850615").issue();

        assertThat(HolderAttributes.fromSignatureCertificate(certificate).sex()).isEqualTo(sex);
    }

    @Test
    void rejectsAnotherSexCode() {
        X509Certificate certificate = attributes().otherName(OID + "3", "9").otherName(OID + "4", "319850615").issue();

        assertThatThrownBy(() -> HolderAttributes.fromSignatureCertificate(certificate))
                .hasMessage("sex attribute is not 1, 2 or 3");
    }

    @Test
    void isLenientAboutHowTheValuesAreTagged() throws Exception {
        X509Certificate certificate = new TestCertificateBuilder("CN=tags,C=JP").key("holder-sign")
                .otherName(OID + "1", new DERTaggedObject(false, 0,
                        new DEROctetString(SampleCard.NAME.getBytes(StandardCharsets.UTF_8))))
                .otherName(OID + "3", new DERUTF8String("1"))
                .otherName(OID + "4", new DERTaggedObject(true, 0, new DERPrintableString("419900101")))
                .otherName(OID + "5", new DERTaggedObject(true, 0, new DERTaggedObject(true, 0,
                        new DERUTF8String(SampleCard.ADDRESS))))
                .selfSigned();

        HolderAttributes holder = HolderAttributes.fromSignatureCertificate(certificate);

        assertThat(holder.name()).isEqualTo(SampleCard.NAME);
        assertThat(holder.sex()).isEqualTo(Sex.MALE);
        assertThat(holder.birthDate().era()).isEqualTo(Era.HEISEI);
        assertThat(holder.address()).isEqualTo(SampleCard.ADDRESS);
        assertThat(holder.nameSubstitutes()).isEmpty();
    }

    @Test
    void anAuthenticationCertificateHasNoHolderAttributes() {
        assertThatThrownBy(() -> HolderAttributes.fromSignatureCertificate(sample.authCertificate()))
                .isInstanceOf(MalformedCertificateException.class)
                .hasMessageContaining("no name attribute (otherName 1.2.392.200149.8.5.5.1)");
    }

    @Test
    void aValueThatIsNoStringIsMalformed() {
        X509Certificate certificate = attributes().otherName(OID + "3", new DERTaggedObject(true, 0,
                new org.bouncycastle.asn1.ASN1Integer(1))).otherName(OID + "4", "319850615").issue();

        assertThatThrownBy(() -> HolderAttributes.fromSignatureCertificate(certificate))
                .hasMessage("attribute 1.2.392.200149.8.5.5.3 is not a string");
    }

    @Test
    void neverPrintsPersonalData() throws Exception {
        HolderAttributes holder = HolderAttributes.fromSignatureCertificate(sample.signCertificate());

        assertThat(holder.toString()).doesNotContain(SampleCard.NAME, SampleCard.ADDRESS, "1985");
        assertThat(holder.birthDate().toString()).doesNotContain("1985");
    }

    private X509Certificate withBirth(String value) {
        return attributes().otherName(OID + "3", "1").otherName(OID + "4", value).issue();
    }

    /** Name and address only; each test adds sex and birth date. */
    private TestCertificateBuilder attributes() {
        return sample.signCa().endEntity("CN=holder,C=JP").key("holder-sign")
                .otherName(OID + "1", SampleCard.NAME).otherName(OID + "5", SampleCard.ADDRESS);
    }
}
