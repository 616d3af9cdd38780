package jp.madoguchi.app.wiring;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.card.cert.TrustStore;
import jp.madoguchi.card.virtual.holder.TestPki;

/**
 * Trust anchors for chain checks: the CA certificates (and CRLs) in a configured directory, plus, when asked,
 * the O=JPKI-TEST hierarchy of the virtual card. A production kiosk configures the J-LIS CAs and leaves the
 * test hierarchy out; the staff doctor includes it so training cards show as valid test cards.
 */
public final class Trust {
    private Trust() {}

    public static TrustStore load(Path directoryOrNull, boolean includeTestPki) throws IOException {
        List<X509Certificate> anchors = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        if (directoryOrNull != null) {
            TrustStore configured = TrustStore.load(directoryOrNull);
            anchors.addAll(configured.anchors());
            crls.addAll(configured.crls());
        }
        if (includeTestPki) {
            anchors.addAll(TestPki.standard().trustAnchors());
        }
        return TrustStore.of(anchors, crls);
    }
}
