package jp.madoguchi.card.virtual.holder;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link TestPki#issue} hands to a card: the holder's certificates and private keys and the CA
 * certificates that issued them. The sign key exists even without a sign certificate (holders under 15),
 * as the key EF does on a real card.
 */
public final class HolderCredentials {
    private final X509Certificate authCertificate;
    private final PrivateKey authKey;
    private final X509Certificate signCertificate;
    private final PrivateKey signKey;
    private final X509Certificate authCaCertificate;
    private final X509Certificate signCaCertificate;

    HolderCredentials(X509Certificate authCertificate, PrivateKey authKey, X509Certificate signCertificate,
            PrivateKey signKey, X509Certificate authCaCertificate, X509Certificate signCaCertificate) {
        this.authCertificate = Objects.requireNonNull(authCertificate);
        this.authKey = Objects.requireNonNull(authKey);
        this.signCertificate = signCertificate;
        this.signKey = Objects.requireNonNull(signKey);
        this.authCaCertificate = Objects.requireNonNull(authCaCertificate);
        this.signCaCertificate = Objects.requireNonNull(signCaCertificate);
    }

    public X509Certificate authCertificate() {
        return authCertificate;
    }

    public PrivateKey authKey() {
        return authKey;
    }

    /** Empty for holders under 15. */
    public Optional<X509Certificate> signCertificate() {
        return Optional.ofNullable(signCertificate);
    }

    public PrivateKey signKey() {
        return signKey;
    }

    public X509Certificate authCaCertificate() {
        return authCaCertificate;
    }

    public X509Certificate signCaCertificate() {
        return signCaCertificate;
    }

    /** Names the certificates only; key material never reaches a log. */
    @Override
    public String toString() {
        return "HolderCredentials[auth " + authCertificate.getSerialNumber().toString(16) + ", sign "
                + (signCertificate == null ? "none" : signCertificate.getSerialNumber().toString(16)) + "]";
    }
}
