package jp.madoguchi.app.registry;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import jp.madoguchi.app.wiring.PemFiles;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away PKI for the registry stand-in: one test CA (O=Madoguchi registry TEST), a server certificate for
 * {@code localhost}/127.0.0.1 and one kiosk client certificate, EC P-256, valid for {@code days}. For tests, demos
 * and integration set-ups only; a municipality issues its own.
 */
public final class RegistryTestPki {
    public static final String CA = "ca.crt";
    public static final String SERVER_CERT = "server.crt";
    public static final String SERVER_KEY = "server.key";
    public static final String KIOSK_CERT = "kiosk.crt";
    public static final String KIOSK_KEY = "kiosk.key";

    private RegistryTestPki() {}

    /** Writes the five files into {@code directory} (the keys 0600) and returns it. */
    public static Path write(Path directory, String kioskId, int days) throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        Instant now = Instant.now().minus(Duration.ofMinutes(5));
        Instant until = now.plus(Duration.ofDays(days));
        KeyPair ca = keyPair();
        X500Name caName = new X500Name("CN=Madoguchi registry TEST CA,O=Madoguchi registry TEST");
        X509Certificate caCert = sign(ca, caName, builder(caName, caName, ca, now, until)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)));
        KeyPair server = keyPair();
        X509Certificate serverCert = sign(ca, caName, builder(caName,
                new X500Name("CN=localhost,O=Madoguchi registry TEST"), server, now, until)
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")}))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth)));
        KeyPair kiosk = keyPair();
        X509Certificate kioskCert = sign(ca, caName, builder(caName,
                new X500Name("CN=" + kioskId + ",OU=kiosk,O=Madoguchi registry TEST"), kiosk, now, until)
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth)));
        Files.writeString(directory.resolve(CA), PemFiles.pem("CERTIFICATE", caCert.getEncoded()));
        Files.writeString(directory.resolve(SERVER_CERT), PemFiles.pem("CERTIFICATE", serverCert.getEncoded()));
        Files.writeString(directory.resolve(KIOSK_CERT), PemFiles.pem("CERTIFICATE", kioskCert.getEncoded()));
        writeKey(directory.resolve(SERVER_KEY), server);
        writeKey(directory.resolve(KIOSK_KEY), kiosk);
        return directory;
    }

    private static void writeKey(Path file, KeyPair key) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, PemFiles.pem("PRIVATE KEY", key.getPrivate().getEncoded()));
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
        return generator.generateKeyPair();
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair key, Instant from,
            Instant until) {
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, new SecureRandom()).add(BigInteger.ONE),
                Date.from(from), Date.from(until), subject, key.getPublic());
    }

    private static X509Certificate sign(KeyPair issuer, X500Name issuerName, X509v3CertificateBuilder builder)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuer.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign the " + issuerName + " test certificate", e);
        }
    }
}
