package jp.madoguchi.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jp.madoguchi.app.rules.BundleRefused;
import jp.madoguchi.app.rules.RuleBundle;
import jp.madoguchi.card.cert.TrustStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code rules verify}: whether a kiosk given these signer certificates would load this bundle, and if not why. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Verify a signed rules bundle against the rules signers' certificates. Exit 0 ok, 1 refused.")
public final class RulesVerifyCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR", required = true, description = "The bundle (a rules directory).")
    Path rules;

    @Option(names = "--signers", paramLabel = "DIR", required = true,
            description = "The rules signers' certificates (PEM or DER), e.g. /etc/madoguchi/trust/rules.")
    Path signers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            RuleBundle.Verified bundle = RuleBundle.verify(rules, TrustStore.load(signers).anchors());
            spec.commandLine().getOut().println("ok bundle " + bundle.version() + ", signed by " + bundle.signer()
                    + ", manifest sha256 " + bundle.manifestSha256());
            return 0;
        } catch (BundleRefused e) {
            spec.commandLine().getErr().println("rules verify: refused: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            spec.commandLine().getErr().println("rules verify: " + e.getMessage());
            return 2;
        }
    }
}
