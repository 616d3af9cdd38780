package jp.madoguchi.app.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import jp.madoguchi.app.wiring.PemFiles;

/**
 * The TLS contexts of mutual authentication: each side presents its own certificate and trusts only the CA named
 * for the other side, never the JDK's public CAs (a registry is a municipality's own service). Protocols are the
 * JDK's defaults, TLS 1.3 and 1.2.
 */
public final class RegistryTls {
    private static final char[] IN_MEMORY = new char[0];

    private RegistryTls() {}

    /** The kiosk's side: its client certificate and key; the registry server's CA. */
    public static SSLContext client(RegistryEndpoint endpoint) throws IOException, GeneralSecurityException {
        return context(endpoint.clientCertificate(), endpoint.clientKey(), endpoint.serverCa());
    }

    /** The server's side: its certificate and key; the CA of the kiosks' client certificates. */
    public static SSLContext server(Path certificate, Path key, Path clientCa)
            throws IOException, GeneralSecurityException {
        return context(certificate, key, clientCa);
    }

    private static SSLContext context(Path certificate, Path key, Path trusted)
            throws IOException, GeneralSecurityException {
        PrivateKey privateKey = PemFiles.privateKey(key);
        List<X509Certificate> chain = PemFiles.certificates(certificate);
        KeyStore own = KeyStore.getInstance("PKCS12");
        own.load(null, IN_MEMORY);
        own.setKeyEntry("self", privateKey, IN_MEMORY, chain.toArray(new X509Certificate[0]));
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(own, IN_MEMORY);

        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, IN_MEMORY);
        int n = 0;
        for (X509Certificate ca : PemFiles.certificates(trusted)) {
            anchors.setCertificateEntry("ca-" + n++, ca);
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(anchors);

        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }
}
