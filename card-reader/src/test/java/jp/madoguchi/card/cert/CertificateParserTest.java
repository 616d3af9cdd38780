package jp.madoguchi.card.cert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import jp.madoguchi.card.testsupport.SampleCard;
import org.junit.jupiter.api.Test;

class CertificateParserTest {
    private final byte[] der = SampleCard.der(SampleCard.get().authCertificate());

    @Test
    void parsesDer() throws Exception {
        assertThat(CertificateParser.parse(der)).isEqualTo(SampleCard.get().authCertificate());
    }

    @Test
    void rejectsNothing() {
        assertThatThrownBy(() -> CertificateParser.parse(new byte[0]))
                .isInstanceOf(MalformedCertificateException.class).hasMessage("no certificate bytes");
    }

    @Test
    void rejectsPemTextBecauseCardBytesAreDer() {
        byte[] pem = ("-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> CertificateParser.parse(pem)).hasMessageContaining("not DER").hasMessageContaining("2D");
    }

    @Test
    void rejectsTrailingBytes() {
        byte[] padded = Arrays.copyOf(der, der.length + 3);

        assertThatThrownBy(() -> CertificateParser.parse(padded)).hasMessageContaining("3 bytes follow the");
    }

    @Test
    void rejectsATruncatedCertificate() {
        byte[] cut = Arrays.copyOf(der, der.length - 40);

        assertThatThrownBy(() -> CertificateParser.parse(cut))
                .hasMessageStartingWith("not a valid DER X.509 certificate (" + cut.length + " bytes)");
    }

    @Test
    void rejectsASequenceThatIsNoCertificate() {
        assertThatThrownBy(() -> CertificateParser.parse(new byte[] {0x30, 0x03, 0x02, 0x01, 0x05}))
                .isInstanceOf(MalformedCertificateException.class)
                .hasMessageStartingWith("not a valid DER X.509 certificate (5 bytes)");
    }
}
