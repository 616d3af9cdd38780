package jp.madoguchi.card.testsupport;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entry point for certificates in unit tests: JPKI-shaped DNs, cached RSA-2048 keys and self-signed CAs.
 * Named keys are RSA-2048 like the card's, so a {@link ScriptedTransport} can hand back real 256-byte signatures.
 *
 * <pre>{@code
 * TestCa ca = TestCertificates.ca(TestCertificates.SIGN_CA_DN, "sign-ca-2023", from, until);
 * X509Certificate holder = ca.endEntity("CN=holder,C=JP").validity(a, b).otherName(oid, "value").issue();
 * X509CRL crl = ca.crl(thisUpdate, nextUpdate, holder.getSerialNumber());
 * }</pre>
 */
public final class TestCertificates {
    /** The auth CA's real subject (all generations share it; docs/card.md). */
    public static final String AUTH_CA_DN =
            "C=JP,O=JPKI,OU=JPKI for user authentication,OU=Japan Agency for Local Authority Information Systems";
    /** The sign CA's real subject. */
    public static final String SIGN_CA_DN =
            "C=JP,O=JPKI,OU=JPKI for digital signature,OU=Japan Agency for Local Authority Information Systems";

    private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

    private TestCertificates() {}

    /** An RSA-2048 key pair, generated once per name per JVM (generation dominates these tests' time). */
    public static KeyPair key(String name) {
        return KEYS.computeIfAbsent(name, n -> generate());
    }

    /**
     * A key pair of any JCA algorithm and size, e.g. {@code ("EC", 256)}, {@code ("DSA", 2048)},
     * {@code ("EdDSA", 255)} for Ed25519 or {@code ("RSA", 1024)}: for holder keys that JPKI never issues.
     * Generated once per algorithm and size per JVM.
     */
    public static KeyPair key(String algorithm, int size) {
        return KEYS.computeIfAbsent(algorithm + "/" + size, n -> generate(algorithm, size));
    }

    /** A self-signed CA (BasicConstraints CA, keyCertSign + cRLSign, SKI), as the JPKI CAs are. */
    public static TestCa ca(String dn, String keyName, Instant notBefore, Instant notAfter) {
        return TestCa.selfSigned(dn, key(keyName), notBefore, notAfter);
    }

    public static Instant at(String isoInstant) {
        return Instant.parse(isoInstant);
    }

    private static KeyPair generate() {
        return generate("RSA", 2048);
    }

    private static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is not available on this JDK", e);
        }
    }
}
