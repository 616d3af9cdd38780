package jp.madoguchi.card.jpki;

import static jp.madoguchi.card.jpki.PinVerifierTest.verifyHex;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.testsupport.JpkiScripts;
import jp.madoguchi.card.testsupport.SampleCard;
import jp.madoguchi.card.testsupport.ScriptedTransport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PossessionProofTest {
    private static final byte[] CHALLENGE = new byte[32];

    static {
        Arrays.fill(CHALLENGE, (byte) 0x42);
    }

    private final SampleCard sample = SampleCard.get();
    private final ScriptedTransport card = ScriptedTransport.strict();
    private final JpkiSession session = new JpkiSession(card);
    private final PossessionProof proof = new PossessionProof(new CardSigner(session), new FixedRandom());

    @BeforeEach
    void verifyAuthPin() throws Exception {
        JpkiScripts.selectApplication(card, Application.JPKI);
        JpkiScripts.selectFile(card, 0x0018);
        JpkiScripts.triesQuery(card, 0x63C3);
        card.expect(verifyHex("1234"), "9000");
        new PinVerifier(session).attempt(PinKind.AUTH, "1234".toCharArray(), false);
        JpkiScripts.selectFile(card, 0x0017);
    }

    @Test
    void theCardsSignatureOverAFreshChallengeMatchesTheAuthCertificate() throws Exception {
        cardSignsWith(sample.authKey().getPrivate());

        PossessionProof.Result result = proof.prove(sample.authCertificate());

        assertThat(result.verified()).isTrue();
        card.assertDone();
    }

    @Test
    void aCardWithAnotherKeyFailsAsAResultNotAnException() throws Exception {
        cardSignsWith(sample.signKey().getPrivate());

        PossessionProof.Result result = proof.prove(sample.authCertificate());

        assertThat(result.verified()).isFalse();
        assertThat(result.reason()).contains("does not hold this certificate's private key");
    }

    @Test
    void garbageSignatureFailsAsAResult() throws Exception {
        card.expect(signCommand(), new byte[256], 0x9000);

        PossessionProof.Result result = proof.prove(sample.authCertificate());

        assertThat(result.verified()).isFalse();
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void aCertificateWhoseKeyIsNotRsaFailsAsAResult() throws Exception {
        cardSignsWith(sample.authKey().getPrivate());
        X509Certificate ecCertificate = sample.authCa().endEntity("CN=ec,C=JP")
                .key(ecKeyPair()).issue();

        PossessionProof.Result result = proof.prove(ecCertificate);

        assertThat(result.verified()).isFalse();
        assertThat(result.reason()).startsWith("the signature could not be checked");
    }

    private void cardSignsWith(PrivateKey key) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(CHALLENGE);
        card.expect(signCommand(), signature.sign(), 0x9000);
    }

    private static String signCommand() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(CHALLENGE);
        return "802A008033" + "3031300D060960864801650304020105000420" + Hex.of(digest) + "00";
    }

    private static java.security.KeyPair ecKeyPair() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    /** Hands out the same challenge every time so the card's answer can be scripted. */
    private static final class FixedRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(CHALLENGE, 0, bytes, 0, bytes.length);
        }
    }
}
