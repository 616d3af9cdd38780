package jp.madoguchi.card.jpki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.testsupport.JpkiScripts;
import jp.madoguchi.card.testsupport.ScriptedTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificateReadTest {
    private static final EfPath AUTH_CERT = EfPath.jpki(JpkiFile.AUTH_CERT);

    private final ScriptedTransport card = ScriptedTransport.strict();
    private final EfReader reader = new EfReader(new JpkiSession(card));

    @Test
    void readsTheOpenScTraceCertificateInOneSelectAndFourReads() throws Exception {
        byte[] der = SyntheticDer.sequence(0x36B); // 30 82 03 6B: 0x36F bytes in all, as OpenSC reads it (docs/card.md)
        selectAuthCert();
        card.expect("00B0000000", Arrays.copyOfRange(der, 0, 256), 0x9000)
                .expect("00B0010000", Arrays.copyOfRange(der, 256, 512), 0x9000)
                .expect("00B0020000", Arrays.copyOfRange(der, 512, 768), 0x9000)
                .expect("00B003006F", Arrays.copyOfRange(der, 768, 0x36F), 0x9000);

        assertThat(reader.readDer(AUTH_CERT, null)).isEqualTo(der);

        card.assertDone();
        int openScApdus = 1 + 1 + 4; // SELECT EF, READ 4-byte header, 4 reads (§3.5)
        assertThat(card.count() - 1).isEqualTo(1 + 4).isLessThan(openScApdus);
    }

    @ParameterizedTest(name = "content length {0}")
    @ValueSource(ints = {5, 127, 128, 200, 253, 254, 255, 256, 1021, 1022, 2000, 0x7FFB})
    void readsEveryHeaderFormAndTrimsToTheDerLength(int contentLength) throws Exception {
        byte[] der = SyntheticDer.sequence(contentLength);
        byte[] ef = Arrays.copyOf(der, der.length + 300); // EFs are often larger than the certificate
        Arrays.fill(ef, der.length, ef.length, (byte) 0xFF);
        selectAuthCert();
        JpkiScripts.certificateReads(card, der);

        assertThat(reader.readDer(AUTH_CERT, null)).isEqualTo(der);

        card.assertDone();
        assertThat(card.count() - 2).isEqualTo((der.length + 255) / 256);
    }

    @Test
    void continuesWhenTheCardReturnsFewerBytesThanAsked() throws Exception {
        byte[] der = SyntheticDer.sequence(600); // 604 bytes
        selectAuthCert();
        card.expect("00B0000000", Arrays.copyOfRange(der, 0, 3), 0x9000)
                .expect("00B0000300", Arrays.copyOfRange(der, 3, 100), 0x9000)
                .expect("00B0006400", Arrays.copyOfRange(der, 100, 356), 0x9000)
                .expect("00B00164F8", Arrays.copyOfRange(der, 356, 604), 0x9000);

        assertThat(reader.readDer(AUTH_CERT, null)).isEqualTo(der);
        card.assertDone();
    }

    @Test
    void acceptsTheEndOfFileWarningWithData() throws Exception {
        byte[] der = SyntheticDer.sequence(100);
        selectAuthCert();
        card.expect("00B0000000", der, 0x6282);

        assertThat(reader.readDer(AUTH_CERT, null)).isEqualTo(der);
    }

    @Test
    void lengthPastTheEndOfTheFileIsATruncatedCertificate() {
        byte[] der = SyntheticDer.sequence(1000); // claims 1004 bytes, but the EF holds 600
        selectAuthCert();
        card.expect("00B0000000", Arrays.copyOfRange(der, 0, 256), 0x9000)
                .expect("00B0010000", Arrays.copyOfRange(der, 256, 512), 0x9000)
                .expect("00B0020000", Arrays.copyOfRange(der, 512, 600), 0x9000)
                .expect("00B0025800", "6B00");

        assertProtocolError(() -> reader.readDer(AUTH_CERT, null), 0x6B00,
                "truncated: the EF ends after 600 bytes but its DER header declares 1004 bytes");
        card.assertDone();
    }

    @Test
    void anEmptyFileIsReported() {
        selectAuthCert();
        card.expect("00B0000000", "6B00");

        assertProtocolError(() -> reader.readDer(AUTH_CERT, null), 0x6B00,
                "the EF ends after 0 bytes before the end of the DER header");
    }

    @Test
    void aFileEndingInsideTheHeaderIsTruncated() {
        selectAuthCert();
        card.expect("00B0000000", "30829000").expect("00B0000200", "6B00");

        assertProtocolError(() -> reader.readDer(AUTH_CERT, null), 0x6B00, "before the end of the DER header");
    }

    @Test
    void emptySuccessfulReadStopsInsteadOfLooping() {
        byte[] der = SyntheticDer.sequence(600);
        selectAuthCert();
        card.expect("00B0000000", Arrays.copyOfRange(der, 0, 256), 0x9000).expect("00B0010000", "9000");

        assertProtocolError(() -> reader.readDer(AUTH_CERT, null), 0x9000, "returned no data");
        card.assertDone();
    }

    @Test
    void moreDataThanAskedIsAProtocolError() {
        byte[] der = SyntheticDer.sequence(300);
        selectAuthCert();
        card.expect("00B0000000", Arrays.copyOfRange(der, 0, 256), 0x9000)
                .expect("00B0010030", Arrays.copyOfRange(der, 0, 100), 0x9000);

        assertProtocolError(() -> reader.readDer(AUTH_CERT, null), 0x9000, "returned 100 bytes for Le 48");
    }

    @Test
    void garbageInsteadOfDerIsAProtocolErrorAfterOneRead() {
        byte[] erased = new byte[256];
        Arrays.fill(erased, (byte) 0xFF);
        selectAuthCert();
        card.expect("00B0000000", erased, 0x9000);

        assertProtocolError(() -> reader.readDer(AUTH_CERT, null), 0,
                "malformed DER: the EF does not start with a DER SEQUENCE (starts FF FF FF FF FF FF)");
        card.assertDone();
    }

    @Test
    void securityStatusOnTheSignatureCertificateAsksForTheSignPassword() {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, JpkiFile.SIGN_CERT);
        card.expect("00B0000000", "6982");

        assertThatThrownBy(() -> reader.readDer(EfPath.jpki(JpkiFile.SIGN_CERT), PinKind.SIGN))
                .isInstanceOfSatisfying(CardFaultException.class, e -> assertThat(e.fault()).isEqualTo(
                        new CardFault.PinRequired(PinKind.SIGN, "Reading JPKI/0001")));
    }

    @Test
    void securityStatusOnAPublicCertificateIsAProtocolError() {
        selectAuthCert();
        card.expect("00B0000000", "6982");

        assertProtocolError(() -> reader.readDer(AUTH_CERT, null), 0x6982, "should be public");
    }

    @Test
    void anyOtherStatusWordIsAProtocolError() {
        selectAuthCert();
        card.expect("00B0000000", "6981");

        assertProtocolError(() -> reader.readDer(AUTH_CERT, null), 0x6981, "unexpected answer");
    }

    @Test
    void readStartReturnsWhatTheCardHas() throws Exception {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x0008);
        card.expect("00B0000003", "8F9000");

        assertThat(reader.readStart(EfPath.jpki(0x0008), 3)).isEqualTo(Hex.parse("8F"));
    }

    private void selectAuthCert() {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, JpkiFile.AUTH_CERT);
    }

    private static void assertProtocolError(ThrowingCall call, int sw, String detail) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(CardFaultException.class, e -> {
            assertThat(e.fault()).isInstanceOfSatisfying(CardFault.ProtocolError.class, error -> {
                assertThat(error.sw()).isEqualTo(sw);
                assertThat(error.detail()).contains(detail);
            });
        });
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }
}
