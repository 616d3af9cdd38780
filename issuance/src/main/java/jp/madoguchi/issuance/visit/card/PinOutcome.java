package jp.madoguchi.issuance.visit.card;

import java.security.cert.X509Certificate;
import java.util.Objects;
import jp.madoguchi.card.pin.PinTries;

/** The result of one PIN attempt as the card port reports it. None carries the PIN. */
public sealed interface PinOutcome {
    /**
     * The card accepted the PIN. In the same card transaction the port read the card's 利用者証明用 certificate
     * ({@code fingerprint} tells whether it is still the card that was read) and ran the possession proof.
     */
    record Verified(CardFingerprint fingerprint, X509Certificate authCertificate, boolean possessionProven)
            implements PinOutcome {
        public Verified {
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(authCertificate, "authCertificate");
        }
    }

    /** Wrong PIN; the card's own remaining count (at least 1). */
    record Wrong(int triesLeft) implements PinOutcome {}

    /** The PIN is locked now (this attempt used the last try, or it already was). */
    record Blocked() implements PinOutcome {}

    /** One try is left and the attempt was not confirmed: nothing was sent. */
    record ConfirmationRequired(int triesLeft) implements PinOutcome {}

    /** Not 4 digits: nothing was sent. */
    record FormatRejected() implements PinOutcome {}

    /** The card gave no count for the tries: nothing was sent. */
    record TriesUnknown() implements PinOutcome {}

    /** The card answered the VERIFY with neither yes nor no; {@code now} is what it reported when asked again. */
    record Unconfirmed(PinTries now) implements PinOutcome {
        public Unconfirmed {
            Objects.requireNonNull(now, "now");
        }
    }
}
