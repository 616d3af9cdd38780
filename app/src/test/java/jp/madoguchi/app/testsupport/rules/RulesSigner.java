package jp.madoguchi.app.testsupport.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.stream.Stream;
import jp.madoguchi.card.testsupport.TestCertificateBuilder;

/**
 * A municipality's rules signer for tests: a fresh RSA-2048 key with a self-signed certificate, and copies of the
 * bundled sample rule files to sign.
 */
public record RulesSigner(KeyPair key, X509Certificate certificate) {
    /** The sample rule files in the source tree, as a kiosk's rules directory holds them. */
    public static final Path SAMPLE_RULES = Path.of("..", "issuance", "src", "main", "resources", "jp", "madoguchi",
            "issuance", "samples", "rules");

    public static RulesSigner create(String dn) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        return new RulesSigner(key, new TestCertificateBuilder(dn).key(key).selfSigned());
    }

    /** A new directory {@code into} holding copies of the sample rule files. */
    public static Path copyOfSampleRules(Path into) throws IOException {
        Files.createDirectories(into);
        try (Stream<Path> files = Files.list(SAMPLE_RULES)) {
            for (Path file : files.toList()) {
                Files.copy(file, into.resolve(file.getFileName()));
            }
        }
        return into;
    }

    public String keyPem() {
        return pem("PRIVATE KEY", key.getPrivate().getEncoded());
    }

    public String certificatePem() throws GeneralSecurityException {
        return pem("CERTIFICATE", certificate.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
