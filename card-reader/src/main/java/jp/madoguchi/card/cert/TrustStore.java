package jp.madoguchi.card.cert;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/**
 * The configured trust anchors (the JPKI CA certificates of every generation the kiosk accepts) and any
 * local CRLs. JPKI publishes no HTTP CRL or OCSP (docs/card.md, certificates), so revocation data, when there is any,
 * is a file an operator placed next to the anchors. Immutable.
 */
public final class TrustStore {
    private final List<X509Certificate> anchors;
    private final List<X509CRL> crls;

    private TrustStore(Collection<X509Certificate> anchors, Collection<X509CRL> crls) {
        this.anchors = List.copyOf(anchors);
        this.crls = List.copyOf(crls);
    }

    public static TrustStore of(Collection<X509Certificate> anchors, Collection<X509CRL> crls) {
        return new TrustStore(anchors, crls);
    }

    /**
     * Loads every {@code .pem .crt .cer .der .crl} file in {@code directory} (not recursive). PEM files may
     * hold several certificates and CRLs; other file names are ignored. Unreadable content fails the whole
     * load with the file's name: a half-loaded trust configuration must not go unnoticed.
     */
    public static TrustStore load(Path directory) throws IOException {
        TrustStoreLoader loader = new TrustStoreLoader();
        loader.loadDirectory(directory);
        return new TrustStore(loader.anchors(), loader.crls());
    }

    public List<X509Certificate> anchors() {
        return anchors;
    }

    public List<X509CRL> crls() {
        return crls;
    }

    /** All anchors with this subject DN; every JPKI CA generation shares one. */
    public List<X509Certificate> anchorsNamed(X500Principal subject) {
        return anchors.stream().filter(a -> a.getSubjectX500Principal().equals(subject)).toList();
    }

    /** CRLs whose issuer DN is {@code issuer}; their signatures are checked by the caller. */
    public List<X509CRL> crlsNamed(X500Principal issuer) {
        return crls.stream().filter(c -> c.getIssuerX500Principal().equals(issuer)).toList();
    }

    @Override
    public String toString() {
        return "TrustStore[" + anchors.size() + " anchors, " + crls.size() + " CRLs]";
    }
}
