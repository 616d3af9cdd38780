package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.Apdus.SELECT_JPKI;
import static jp.madoguchi.card.virtual.Apdus.data;
import static jp.madoguchi.card.virtual.Apdus.selectEf;
import static jp.madoguchi.card.virtual.Apdus.send;
import static jp.madoguchi.card.virtual.Apdus.sign;
import static jp.madoguchi.card.virtual.Apdus.sw;
import static jp.madoguchi.card.virtual.Apdus.verify;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.cert.X509Certificate;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.jpki.JpkiFile;
import jp.madoguchi.card.virtual.holder.Holders;
import org.junit.jupiter.api.Test;

/** COMPUTE DIGITAL SIGNATURE: PKCS#1 v1.5 over a DigestInfo, verifiable with the card's certificates. */
class SignatureTest {
    private static final byte[] MESSAGE = "challenge from the relying party".getBytes(StandardCharsets.UTF_8);

    private final VirtualMyNumberCard card = VirtualMyNumberCard.of(Holders.defaultHolder());

    static byte[] sha256DigestInfo(byte[] message) throws Exception {
        byte[] prefix = Hex.parse("3031300D060960864801650304020105000420");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(message);
        byte[] out = new byte[prefix.length + digest.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(digest, 0, out, prefix.length, digest.length);
        return out;
    }

    private static boolean verifies(X509Certificate certificate, byte[] signature) throws Exception {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(certificate.getPublicKey());
        rsa.update(MESSAGE);
        return rsa.verify(signature);
    }

    /** The PKCS#11 order from the OpenSC trace: VERIFY the PIN, SELECT the key, COMPUTE DIGITAL SIGNATURE. */
    private byte[] signAfterVerify(int pinFid, String pin, int keyFid) throws Exception {
        send(card, SELECT_JPKI);
        send(card, selectEf(pinFid));
        send(card, verify(pin));
        send(card, selectEf(keyFid));
        byte[] response = card.process(sign(sha256DigestInfo(MESSAGE)));
        assertThat(sw(response)).isEqualTo(0x9000);
        return data(response);
    }

    @Test
    void authKeySignatureVerifiesWithTheAuthCertificate() throws Exception {
        byte[] signature = signAfterVerify(JpkiFile.AUTH_PIN, "1234", JpkiFile.AUTH_KEY);
        assertThat(signature).hasSize(256);
        assertThat(verifies(card.authCertificate(), signature)).isTrue();
    }

    @Test
    void signKeySignatureVerifiesWithTheSignCertificate() throws Exception {
        byte[] signature = signAfterVerify(JpkiFile.SIGN_PIN, "ABC123", JpkiFile.SIGN_KEY);
        assertThat(verifies(card.signCertificate().orElseThrow(), signature)).isTrue();
    }

    @Test
    void eachKeyNeedsItsOwnPin() throws Exception {
        send(card, SELECT_JPKI);
        send(card, selectEf(JpkiFile.AUTH_KEY));
        assertThat(send(card, sign(sha256DigestInfo(MESSAGE)))).isEqualTo(0x6982);
        send(card, selectEf(JpkiFile.AUTH_PIN));
        send(card, verify("1234"));
        send(card, selectEf(JpkiFile.SIGN_KEY));
        assertThat(send(card, sign(sha256DigestInfo(MESSAGE)))).isEqualTo(0x6982);
    }

    @Test
    void badLengthsAndTargetsAreRefused() throws Exception {
        byte[] digestInfo = sha256DigestInfo(MESSAGE);
        send(card, SELECT_JPKI);
        assertThat(send(card, sign(digestInfo))).isEqualTo(0x6986);
        send(card, selectEf(JpkiFile.AUTH_CERT));
        assertThat(send(card, sign(digestInfo))).isEqualTo(0x6981);
        send(card, selectEf(JpkiFile.AUTH_PIN));
        send(card, verify("1234"));
        send(card, selectEf(JpkiFile.AUTH_KEY));
        assertThat(send(card, sign(new byte[246]))).isEqualTo(0x6700);
        assertThat(send(card, "802A0080")).isEqualTo(0x6700);
        assertThat(send(card, "802A00800430313233")).isEqualTo(0x6700);
        assertThat(send(card, "802A0180043031323300")).isEqualTo(0x6A86);
        assertThat(send(card, sign(new byte[245]))).isEqualTo(0x9000);
    }
}
