package jp.madoguchi.app.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import jp.madoguchi.app.output.journal.JournalKey;
import jp.madoguchi.app.output.payment.PaymentEndpoint;
import jp.madoguchi.app.rules.RuleBundle;
import jp.madoguchi.app.testsupport.registry.RegistryStack;
import jp.madoguchi.app.testsupport.rules.RulesSigner;
import jp.madoguchi.app.wiring.PemFiles;
import jp.madoguchi.card.testsupport.pcscd.VirtualCardStack;
import jp.madoguchi.card.virtual.holder.TestPki;
import jp.madoguchi.ui.staff.StaffPinHash;

/**
 * A production configuration on real parts, as an operator writes one for an installed kiosk: the vpcd reader, a
 * CUPS queue, the registry over mutual TLS, the cash unit's socket, the sample rules signed as a bundle with their
 * signer's certificate configured, the JPKI test CA put into the trust directory and a non-trivial staff PIN.
 */
final class ProductionParts {
    private ProductionParts() {}

    /** Writes the trust, rules and signers directories under {@code dir}; the journal goes in {@code dir/data}. */
    static KioskConfig configuration(Path dir, String queue, RegistryStack registry, Path socket) throws Exception {
        return configuration(dir, queue, registry, socket, VirtualCardStack.READER);
    }

    /** The same, naming {@code reader} as the kiosk's reader. */
    static KioskConfig configuration(Path dir, String queue, RegistryStack registry, Path socket, String reader)
            throws Exception {
        Path trust = Files.createDirectories(dir.resolve("trust"));
        int n = 0;
        for (X509Certificate ca : TestPki.standard().trustAnchors()) {
            Files.writeString(trust.resolve("jpki-test-" + n++ + ".pem"), PemFiles.pem("CERTIFICATE",
                    ca.getEncoded()));
        }
        Path rules = RulesSigner.copyOfSampleRules(dir.resolve("rules"));
        RulesSigner signer = RulesSigner.create("CN=Rules signer, C=JP");
        RuleBundle.sign(rules, "2027-04-01.1", signer.key().getPrivate(), signer.certificate());
        Path signers = Files.createDirectories(dir.resolve("signers"));
        Files.writeString(signers.resolve("signer.pem"), signer.certificatePem());
        String staff = StaffPinHash.create("480713".toCharArray(), new SecureRandom()).encoded();
        Path key = dir.resolve("journal.key");
        JournalKey.load(key, true); // as the package's postinst makes it: a production kiosk never does
        return new KioskConfig(null, staff, null, null, rules, trust, null, queue, null, key,
                dir.resolve("data/journal.db"), dir.resolve("data/spool"), "production", reader,
                signers, registry.endpoint(), new PaymentEndpoint(socket), null);
    }

    /** {@code config} as the configuration file an installed kiosk reads, for a kiosk in a process of its own. */
    static Path write(KioskConfig config, Path file) throws Exception {
        String yaml = String.join("\n", "mode: " + config.mode(),
                "staffPinHash: \"" + config.staffPinHash() + "\"",
                "rulesDirectory: " + config.rulesDirectory(), "rulesSigners: " + config.rulesSigners(),
                "trustDirectory: " + config.trustDirectory(), "printer: " + config.printer(),
                "reader: \"" + config.reader() + "\"", "journal: " + config.journal(),
                "journalKey: " + config.journalKey(), "spool: " + config.spool(),
                "registry:", "  url: " + config.registry().url(),
                "  clientCertificate: " + config.registry().clientCertificate(),
                "  clientKey: " + config.registry().clientKey(), "  serverCa: " + config.registry().serverCa(),
                "payment:", "  socket: " + config.payment().socket(), "");
        return Files.writeString(file, yaml);
    }
}
