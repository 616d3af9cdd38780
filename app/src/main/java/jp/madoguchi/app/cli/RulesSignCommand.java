package jp.madoguchi.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.madoguchi.app.rules.RuleBundle;
import jp.madoguchi.app.wiring.PemFiles;
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
            RuleBundle.sign(rules, version, PemFiles.privateKey(key), PemFiles.certificate(cert));
            spec.commandLine().getOut().println("signed " + rules + " as bundle " + version);
            return 0;
        } catch (IOException | GeneralSecurityException e) {
            spec.commandLine().getErr().println("rules sign: " + e.getMessage());
            return 2;
        }
    }
}
