package jp.madoguchi.card.virtual.holder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import jp.madoguchi.card.virtual.pki.CaCertificates;
import jp.madoguchi.card.virtual.pki.CaGeneration;
import jp.madoguchi.card.virtual.pki.CaHierarchy;
import jp.madoguchi.card.virtual.pki.Pem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the TEST ONLY PKI the virtual card uses: a self-signed RSA-2048 CA per {@link CaHierarchy} and
 * {@link CaGeneration}, and an auth and a sign key pair per holder. The output is committed, so no process
 * generates RSA keys at start-up and every process trusts the same anchors.
 *
 * <p>Usage: {@code TestPkiGenerator [--force] [directory]}. By default only missing files are written, so a
 * new holder gets keys without rotating the CAs that other checkouts already trust; {@code --force}
 * regenerates everything. The directory defaults to the module's {@code testpki} resources.
 */
public final class TestPkiGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(TestPkiGenerator.class);
    private static final String RESOURCES = "src/main/resources/jp/madoguchi/card/virtual/holder/testpki";
    private static final int KEY_BITS = 2048;

    private final Path directory;
    private final boolean force;
    private final KeyPairGenerator rsa;

    private TestPkiGenerator(Path directory, boolean force) throws GeneralSecurityException {
        this.directory = directory;
        this.force = force;
        this.rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(KEY_BITS);
    }

    public static void main(String[] args) throws IOException, GeneralSecurityException {
        List<String> options = List.of(args);
        boolean force = options.contains("--force");
        Path directory = options.stream().filter(a -> !a.startsWith("--")).findFirst().map(Path::of)
                .orElseGet(TestPkiGenerator::defaultDirectory);
        generate(directory, Holders.all().stream().map(Holder::id).toList(), force);
    }

    /** Writes CAs and the given holders' keys into {@code directory}, replacing existing files. */
    public static void generate(Path directory, Collection<String> holderIds)
            throws IOException, GeneralSecurityException {
        generate(directory, holderIds, true);
    }

    static void generate(Path directory, Collection<String> holderIds, boolean force)
            throws IOException, GeneralSecurityException {
        Files.createDirectories(directory);
        TestPkiGenerator generator = new TestPkiGenerator(directory, force);
        for (CaHierarchy hierarchy : CaHierarchy.values()) {
            for (CaGeneration generation : CaGeneration.values()) {
                generator.certificationAuthority(hierarchy, generation);
            }
        }
        for (String holderId : holderIds) {
            for (CaHierarchy role : CaHierarchy.values()) {
                generator.keyPairIfMissing(TestPkiFiles.holderKey(holderId, role));
            }
        }
    }

    private void certificationAuthority(CaHierarchy hierarchy, CaGeneration generation) throws IOException {
        Path certificate = directory.resolve(TestPkiFiles.caCertificate(hierarchy, generation));
        if (!force && Files.exists(certificate)) {
            return;
        }
        KeyPair keys = rsa.generateKeyPair();
        X509Certificate ca = CaCertificates.selfSigned(hierarchy, generation, keys);
        write(TestPkiFiles.caKey(hierarchy, generation), Pem.encode(Pem.PRIVATE_KEY, keys.getPrivate().getEncoded()));
        try {
            write(certificate.getFileName().toString(), Pem.encode(Pem.CERTIFICATE, ca.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Could not encode the new CA certificate", e);
        }
    }

    private void keyPairIfMissing(String name) throws IOException {
        if (force || !Files.exists(directory.resolve(name))) {
            write(name, Pem.encode(Pem.PRIVATE_KEY, rsa.generateKeyPair().getPrivate().getEncoded()));
        }
    }

    private void write(String name, String pem) throws IOException {
        Files.writeString(directory.resolve(name), pem, StandardCharsets.US_ASCII);
        LOG.info("wrote {}", directory.resolve(name));
    }

    /** The module's resources whether started from the repository root or from card-reader/. */
    private static Path defaultDirectory() {
        Path fromRoot = Path.of("card-reader").resolve(RESOURCES);
        return Files.isDirectory(Path.of("card-reader")) ? fromRoot : Path.of(RESOURCES);
    }
}
