package jp.madoguchi.issuance.engine;

import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.rules.CertificateType;

/** One certificate on the kiosk menu: available with its fee and options, or unavailable with its reasons. */
public sealed interface MenuItem permits MenuItem.Available, MenuItem.Unavailable {
    CertificateType certificate();

    record Available(CertificateType certificate, int feePerCopy, int maxCopies, AvailableOptions availableOptions)
            implements MenuItem {}

    /** {@code feePerCopy} is known when the certificate is offered but not possible right now (e.g. outside hours). */
    record Unavailable(CertificateType certificate, Optional<Integer> feePerCopy,
            List<Reason> reasons) implements MenuItem {
        public Unavailable {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("an unavailable item needs at least one reason");
            }
        }
    }
}
