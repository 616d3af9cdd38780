package jp.madoguchi.app.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A rules directory as a signed bundle. {@code MANIFEST} names the bundle's version and each rule file's SHA-256;
 * {@code MANIFEST.p7s} is a detached CMS SignedData over the manifest's bytes (BouncyCastle), carrying the signer's
 * certificate. A bundle verifies when a signature is by one of the given signer certificates (matched exactly, not
 * by name), every listed file has its hash, and no rule file is unlisted.
 */
public final class RuleBundle {
    public static final String MANIFEST = "MANIFEST";
    public static final String SIGNATURE = "MANIFEST.p7s";
    private static final String HEADER = "madoguchi-rules-bundle 1";

    private RuleBundle() {}

    /** What a verified bundle is: its version, who signed it and the manifest's SHA-256 (for {@code status}). */
    public record Verified(String version, String signer, String manifestSha256) {}

    /** Writes {@code MANIFEST} and {@code MANIFEST.p7s} into {@code directory}, over its rule files as they are. */
    public static void sign(Path directory, String version, PrivateKey key, X509Certificate signer)
            throws IOException, GeneralSecurityException {
        StringBuilder manifest = new StringBuilder(HEADER).append('\n').append("version: ").append(version)
                .append('\n');
        for (Map.Entry<String, String> file : hashes(directory).entrySet()) {
            manifest.append("sha256 ").append(file.getValue()).append(' ').append(file.getKey()).append('\n');
        }
        byte[] bytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
        try {
            String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(algorithm).build(key), signer));
            generator.addCertificate(new JcaX509CertificateHolder(signer));
            byte[] signature = generator.generate(new CMSProcessableByteArray(bytes), false).getEncoded();
            Files.write(directory.resolve(MANIFEST), bytes);
            Files.write(directory.resolve(SIGNATURE), signature);
        } catch (OperatorCreationException | CMSException e) {
            throw new GeneralSecurityException("cannot sign the bundle: " + e.getMessage(), e);
        }
    }

    /** Checks the bundle in {@code directory} against {@code signers}; says exactly why when it must not load. */
    public static Verified verify(Path directory, Collection<X509Certificate> signers) throws BundleRefused {
        byte[] manifest;
        byte[] signature;
        try {
            manifest = Files.readAllBytes(directory.resolve(MANIFEST));
            signature = Files.readAllBytes(directory.resolve(SIGNATURE));
        } catch (IOException e) {
            throw new BundleRefused(directory + " is not a signed bundle (no " + MANIFEST + " or " + SIGNATURE + ")");
        }
        String signer = signedBy(manifest, signature, signers);
        List<String> lines = List.of(new String(manifest, StandardCharsets.UTF_8).split("\n"));
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("version: ")) {
            throw new BundleRefused(MANIFEST + " is not a rules bundle manifest");
        }
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : lines.subList(2, lines.size())) {
            String[] parts = line.split(" ", 3);
            if (parts.length != 3 || !parts[0].equals("sha256")) {
                throw new BundleRefused(MANIFEST + ": not a file line: " + line);
            }
            listed.put(parts[2], parts[1]);
        }
        Map<String, String> actual;
        try {
            actual = hashes(directory);
        } catch (IOException e) {
            throw new BundleRefused("cannot read the bundle's files: " + e.getMessage(), e);
        }
        for (Map.Entry<String, String> file : listed.entrySet()) {
            String hash = actual.get(file.getKey());
            if (hash == null) {
                throw new BundleRefused(file.getKey() + " is listed in " + MANIFEST + " but missing");
            }
            if (!hash.equals(file.getValue())) {
                throw new BundleRefused(file.getKey() + " was changed after the bundle was signed");
            }
        }
        List<String> unlisted = new ArrayList<>(actual.keySet());
        unlisted.removeAll(listed.keySet());
        if (!unlisted.isEmpty()) {
            throw new BundleRefused("not in the signed " + MANIFEST + ": " + String.join(", ", unlisted));
        }
        return new Verified(lines.get(1).substring("version: ".length()), signer, sha256(manifest));
    }

    private static String signedBy(byte[] manifest, byte[] signature, Collection<X509Certificate> signers)
            throws BundleRefused {
        try {
            CMSSignedData signed = new CMSSignedData(new CMSProcessableByteArray(manifest), signature);
            for (SignerInformation info : signed.getSignerInfos().getSigners()) {
                for (X509Certificate candidate : signers) {
                    if (info.getSID().match(new JcaX509CertificateHolder(candidate))
                            && info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(candidate))) {
                        return candidate.getSubjectX500Principal().getName();
                    }
                }
            }
        } catch (CMSException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            throw new BundleRefused(SIGNATURE + " does not verify: " + e.getMessage(), e);
        }
        throw new BundleRefused(SIGNATURE + " is not signed by any configured rules signer");
    }

    /** Each rule file of the directory (flat, *.yaml and *.yml, as the loader reads them) and its SHA-256. */
    private static Map<String, String> hashes(Path directory) throws IOException {
        Map<String, String> hashes = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).filter(RuleBundle::isRuleFile).sorted().toList()) {
                hashes.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static boolean isRuleFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
