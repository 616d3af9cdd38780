package jp.madoguchi.issuance.visit.step;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The card check service (no PIN asked): validity and expiry of the 利用者証明用 certificate, the first day it can
 * be renewed ("renew from YYYY-MM-DD at your municipal office"), tries left per PIN (empty when the card did not
 * report a count) and whether a 署名用 certificate is present. Confirm ends the visit.
 */
public record CardCheckResult(CardValidity validity, LocalDate validUntil, LocalDate renewFrom, boolean renewalOpen,
        OptionalInt authTriesLeft, OptionalInt signatureTriesLeft, boolean signatureCertificatePresent,
        boolean cardPresent) implements VisitStep {
    public CardCheckResult {
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(renewFrom, "renewFrom");
    }

    public CardCheckResult withCardPresent(boolean present) {
        return new CardCheckResult(validity, validUntil, renewFrom, renewalOpen, authTriesLeft, signatureTriesLeft,
                signatureCertificatePresent, present);
    }
}
