package jp.madoguchi.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.app.rules.RuleBundle;
import jp.madoguchi.issuance.protocol.CheckReport;
import jp.madoguchi.issuance.protocol.RulesOperations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rules sign}: the municipality's side of a rule update. Refuses a directory whose files do not all load, so
 * a bundle never carries a rule the kiosk would reject; then writes its MANIFEST and detached CMS signature.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
        description = "Sign a rules directory as a bundle (MANIFEST + MANIFEST.p7s) once every file in it loads.")
public final class RulesSignCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", required = true, description = "The rules directory to sign.")
    Path rules;

    @Option(names = "--key", paramLabel = "FILE", required = true,
            description = "The signer's private key (PKCS#8 PEM, RSA or EC).")
    Path key;

    @Option(names = "--cert", paramLabel = "FILE", required = true, description = "The signer's certificate (PEM).")
    Path cert;

    @Option(names = "--bundle-version", paramLabel = "V", required = true,
            description = "The bundle's version, shown by the kiosk's status (e.g. 2027-04-01.1).")
    String version;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            CheckReport report = new CheckReport(RulesOperations.load(Optional.of(rules)));
            if (!report.ok() || report.load().book().size() == 0) {
                report.errorLines().forEach(spec.commandLine().getErr()::println);
                spec.commandLine().getErr().println("rules sign: not signed: " + report.summary());
                return 1;
            }
            RuleBundle.sign(rules, version, privateKey(key), certificate(cert));
            spec.commandLine().getOut().println("signed " + rules + " as bundle " + version);
            return 0;
        } catch (IOException | GeneralSecurityException e) {
            spec.commandLine().getErr().println("rules sign: " + e.getMessage());
            return 2;
        }
    }

    static X509Certificate certificate(Path file) throws IOException, GeneralSecurityException {
        try (var in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static PrivateKey privateKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file, StandardCharsets.US_ASCII);
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new GeneralSecurityException(file + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        for (String algorithm : new String[] {"RSA", "EC"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisOne) {
                // try the next algorithm
            }
        }
        throw new GeneralSecurityException(file + " holds neither an RSA nor an EC private key");
    }
}
