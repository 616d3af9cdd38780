package jp.madoguchi.card.jpki;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Objects;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;

/**
 * Proves the inserted card holds the private key of its authentication certificate: the card signs a fresh
 * random challenge and the certificate's public key must verify it. A copied certificate on a different
 * card fails here. Needs the auth PIN verified first.
 */
public final class PossessionProof {
    private static final int CHALLENGE_LENGTH = 32;

    private final CardSigner signer;
    private final SecureRandom random;

    public PossessionProof(CardSigner signer, SecureRandom random) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A failed check is a result; only card trouble (including a PIN not verified) is a fault. */
    public Result prove(X509Certificate authCertificate) throws CardFaultException {
        byte[] challenge = new byte[CHALLENGE_LENGTH];
        random.nextBytes(challenge);
        byte[] signature = signer.sign(PinKind.AUTH, sha256(challenge));
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(authCertificate.getPublicKey());
            verifier.update(challenge);
            if (verifier.verify(signature)) {
                return new Result(true, "the card signed a fresh challenge with the certificate's key");
            }
            return new Result(false, "the signature does not match the certificate's public key: "
                    + "the card does not hold this certificate's private key");
        } catch (GeneralSecurityException e) {
            return new Result(false, "the signature could not be checked: " + e.getMessage());
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** Whether possession was shown, and why not when it was not. */
    public record Result(boolean verified, String reason) {}
}
