package jp.madoguchi.issuance.visit.step;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.rules.CertificateType;

/**
 * One tile of the certificate menu, from the rules engine: available (fee, copy limit) or greyed out with the
 * engine's reasons ({@link Reason#messageKey()} and its params, for the UI to translate).
 */
public record CertificateChoice(CertificateType certificate, boolean available, Optional<Integer> feePerCopy,
        int maxCopies, List<Reason> reasons) {
    public CertificateChoice {
        Objects.requireNonNull(certificate, "certificate");
        reasons = List.copyOf(reasons);
        if (available != reasons.isEmpty()) {
            throw new IllegalArgumentException("an unavailable choice has reasons, an available one has none");
        }
    }
}
