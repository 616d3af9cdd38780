package jp.madoguchi.card.jpki;

import static jp.madoguchi.card.jpki.PinVerifierTest.verifyHex;
import static jp.madoguchi.card.testsupport.SampleCard.der;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;
import jp.madoguchi.card.testsupport.JpkiScripts;
import jp.madoguchi.card.testsupport.SampleCard;
import jp.madoguchi.card.testsupport.ScriptedTransport;
import org.junit.jupiter.api.Test;

class JpkiReaderTest {
    private final SampleCard sample = SampleCard.get();
    private final byte[] authCert = der(sample.authCertificate());
    private final byte[] authCa = der(sample.authCa().certificate());
    private final byte[] signCa = der(sample.signCa().certificate());
    private final ScriptedTransport card = ScriptedTransport.strict();
    private final JpkiReader reader = new JpkiReader(card);

    @Test
    void readPublicSelectsEachApplicationAndFileOnce() throws Exception {
        JpkiScripts.readPublic(card, authCert, authCa, signCa);

        CardReadout readout = reader.readPublic();

        card.assertDone();
        int chunks = chunks(authCert) + chunks(authCa) + chunks(signCa);
        // 2 AP selects + 8 EF selects + 2 label/presence reads + 3 tries queries + the certificate chunks.
        assertThat(card.count()).isEqualTo(15 + chunks);
        assertThat(card.sent()).filteredOn(c -> c.ins() == 0xA4).hasSize(10).doesNotHaveDuplicates();
        // OpenSC for the subset it reads (JPKI AP, 2 tries, 3 certificates) sends one 4-byte header READ more
        // per certificate (docs/card.md), before its 29-APDU driver probe.
        int openSc = 1 + 2 * 2 + (2 + chunks(authCert)) + (2 + chunks(authCa)) + (2 + chunks(signCa));
        int oursForTheSameSubset = card.count() - 4 /* identity */ - 3 /* Kenhojo */;
        assertThat(oursForTheSameSubset).isEqualTo(openSc - 3);
    }

    @Test
    void readoutHoldsIdentityTriesAndParsedCertificates() throws Exception {
        JpkiScripts.readPublic(card, authCert, authCa, signCa);

        CardReadout readout = reader.readPublic();

        assertThat(readout.identity()).isEqualTo(new CardIdentity(CardType.MY_NUMBER_CARD, "JPKIAPICCTOKEN2", true));
        assertThat(readout.tries(PinKind.AUTH)).isEqualTo(new PinTries(PinKind.AUTH, 3));
        assertThat(readout.tries(PinKind.SIGN)).isEqualTo(new PinTries(PinKind.SIGN, 5));
        assertThat(readout.tries(PinKind.KENHOJO)).isEqualTo(new PinTries(PinKind.KENHOJO, 3));
        assertThat(readout.authCertificate().certificate()).isEqualTo(sample.authCertificate());
        assertThat(readout.authCertificate().file()).isEqualTo(EfPath.jpki(0x000A));
        assertThat(readout.authCaCertificate().der()).isEqualTo(authCa);
        assertThat(readout.signCaCertificate().certificate()).isEqualTo(sample.signCa().certificate());
    }

    @Test
    void readoutDerCannotBeChangedFromOutside() throws Exception {
        JpkiScripts.readPublic(card, authCert, authCa, signCa);
        CardReadout readout = reader.readPublic();

        readout.authCertificate().der()[0] = 0;

        assertThat(readout.authCertificate().der()).isEqualTo(authCert);
    }

    @Test
    void signatureCertificateIsRefusedWithoutAnApduBeforeTheSignPassword() {
        assertThatThrownBy(reader::readSignatureCertificate).isInstanceOfSatisfying(CardFaultException.class,
                e -> assertThat(e.fault()).isEqualTo(
                        new CardFault.PinRequired(PinKind.SIGN, "Reading the signature certificate")));
        assertThat(card.count()).isZero();
    }

    @Test
    void signatureCertificateAfterTheSignPasswordFollowsReadPublic() throws Exception {
        byte[] signCert = der(sample.signCertificate());
        JpkiScripts.readPublic(card, authCert, authCa, signCa);
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x001B);
        JpkiScripts.triesQuery(card, 0x63C5);
        card.expect(verifyHex("ABC123"), "9000");
        JpkiScripts.selectFile(card, 0x0001);
        JpkiScripts.certificateReads(card, signCert);

        reader.readPublic();
        assertThat(reader.pinVerifier().attempt(PinKind.SIGN, "abc123".toCharArray(), false))
                .isEqualTo(new PinAttempt.Verified());
        CardCertificate certificate = reader.readSignatureCertificate();

        assertThat(certificate.certificate()).isEqualTo(sample.signCertificate());
        card.assertDone();
    }

    @Test
    void signatureCertificateRefusedByTheCardAsksForThePasswordAgain() throws Exception {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x001B);
        JpkiScripts.triesQuery(card, 0x63C5);
        card.expect(verifyHex("ABC123"), "9000");
        JpkiScripts.selectFile(card, 0x0001);
        card.expect("00B0000000", "6982");
        reader.pinVerifier().attempt(PinKind.SIGN, "ABC123".toCharArray(), false);

        assertThatThrownBy(reader::readSignatureCertificate).isInstanceOfSatisfying(CardFaultException.class,
                e -> assertThat(e.fault()).isEqualTo(new CardFault.PinRequired(PinKind.SIGN, "Reading JPKI/0001")));
    }

    @Test
    void jukiCardIsRefusedBeforeAnyCertificateIsRead() {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x0006);
        JpkiScripts.tokenLabel(card, "JPKIAPICCTOKEN");

        assertThatThrownBy(reader::readPublic).isInstanceOfSatisfying(CardFaultException.class,
                e -> assertThat(e.fault()).isInstanceOf(CardFault.NotMyNumberCard.class));
        card.assertDone();
    }

    @Test
    void wellFramedButInvalidCertificateIsAProtocolError() {
        byte[] notACertificate = SyntheticDer.sequence(700);
        JpkiScripts.myNumberCardIdentity(card, true);
        JpkiScripts.selectFile(card, 0x0018);
        JpkiScripts.triesQuery(card, 0x63C3);
        JpkiScripts.selectFile(card, 0x001B);
        JpkiScripts.triesQuery(card, 0x63C5);
        JpkiScripts.selectFile(card, 0x000A);
        JpkiScripts.certificateReads(card, notACertificate);

        assertThatThrownBy(reader::readPublic).isInstanceOfSatisfying(CardFaultException.class, e -> {
            assertThat(e.fault()).isInstanceOf(CardFault.ProtocolError.class);
            assertThat(e.getMessage()).contains("JPKI/000A").contains("not a valid DER X.509 certificate");
        });
    }

    @Test
    void invalidateMakesTheNextReadSelectAgain() throws Exception {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x0018);
        JpkiScripts.triesQuery(card, 0x63C3);
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x0018);
        JpkiScripts.triesQuery(card, 0x63C2);

        reader.queryTries(PinKind.AUTH);
        reader.invalidate();

        assertThat(reader.queryTries(PinKind.AUTH).triesLeft()).isEqualTo(2);
        card.assertDone();
    }

    private static int chunks(byte[] der) {
        return (der.length + 255) / 256;
    }
}
