package jp.madoguchi.card.cert;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.NamedParameterSpec;
import java.util.Optional;

/**
 * The holder key JPKI issues: RSA (rsaEncryption) with a 2048-bit modulus, for the auth and the signature
 * certificate alike (J-LIS's CPS; OpenSC's jpki driver registers only RSA 2048). The card signs PKCS#1 v1.5
 * with that key and nothing else, so a certificate with any other key is not a card's, whoever signed it.
 */
final class KeyCheck {
    static final String JPKI_KEY = "RSA 2048-bit";
    private static final int JPKI_MODULUS_BITS = 2048;

    private KeyCheck() {}

    /** Empty for an RSA-2048 key, else what was found and what JPKI uses. */
    static Optional<String> problem(X509Certificate holder) {
        PublicKey key = holder.getPublicKey();
        // "RSA" is rsaEncryption; an RSASSA-PSS key is also an RSAPublicKey but not what the card holds.
        if (key instanceof RSAPublicKey rsa && "RSA".equals(key.getAlgorithm())
                && rsa.getModulus().bitLength() == JPKI_MODULUS_BITS) {
            return Optional.empty();
        }
        return Optional.of("the certificate's key is " + describe(key) + "; JPKI certificates use " + JPKI_KEY);
    }

    /** Algorithm and size, e.g. {@code RSA 1024-bit}, {@code EC 256-bit}, {@code Ed25519 255-bit}. */
    static String describe(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return key.getAlgorithm() + " " + rsa.getModulus().bitLength() + "-bit";
        }
        if (key instanceof ECPublicKey ec) {
            return "EC " + ec.getParams().getOrder().bitLength() + "-bit";
        }
        if (key instanceof DSAPublicKey dsa && dsa.getParams() != null) {
            return "DSA " + dsa.getParams().getP().bitLength() + "-bit";
        }
        if (key instanceof EdECPublicKey ed) {
            return curve(ed.getParams());
        }
        return key.getAlgorithm() + " (size unknown)";
    }

    private static String curve(NamedParameterSpec named) {
        return switch (named.getName()) {
            case "Ed25519" -> "Ed25519 255-bit";
            case "Ed448" -> "Ed448 448-bit";
            default -> named.getName();
        };
    }
}
