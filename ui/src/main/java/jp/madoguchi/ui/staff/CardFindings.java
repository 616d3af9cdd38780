package jp.madoguchi.ui.staff;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import jp.madoguchi.card.cert.ChainStatus;
import jp.madoguchi.card.cert.RenewalStatus;

/**
 * A My Number card as a test read sees it: tries left for each PIN (empty when the card would not say; read without
 * using a try), whether it has a signature certificate, its 利用者証明用 certificate and the card's two CA copies
 * against the configured trust anchors. Only {@link CertificateFinding#identity()} tells one card from another, and
 * the staff screen shows it only when asked.
 */
public record CardFindings(OptionalInt authTries, OptionalInt signTries, OptionalInt kenhojoTries,
        boolean signatureCertificate, CertificateFinding auth, RenewalStatus renewal, ChainStatus authCa,
        ChainStatus signCa) {
    public CardFindings {
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(renewal, "renewal");
        Objects.requireNonNull(authCa, "authCa");
        Objects.requireNonNull(signCa, "signCa");
    }

    /** The auth certificate: the kiosk's own chain check, its last day (Tokyo) and who it identifies. */
    public record CertificateFinding(ChainStatus status, String statusDetail, LocalDate validUntil,
            CertificateIdentity identity) {}

    /**
     * What identifies the card: the certificate's subject, serial and SHA-256. Kept out of {@link #toString()} so a
     * log line or an exception message never carries it.
     */
    public record CertificateIdentity(String subject, String serial, String sha256) {
        @Override
        public String toString() {
            return "CertificateIdentity[not shown]";
        }
    }

    /** A tries count as the doctor reports it: null when the card would not say. */
    public static OptionalInt tries(Integer triesLeft) {
        return triesLeft == null ? OptionalInt.empty() : OptionalInt.of(triesLeft);
    }

    /** The renewal window's date, whichever state it is in. */
    public Optional<LocalDate> renewalDate() {
        if (renewal instanceof RenewalStatus.NotYet notYet) {
            return Optional.of(notYet.opensOn());
        }
        if (renewal instanceof RenewalStatus.Open open) {
            return Optional.of(open.openedOn());
        }
        return Optional.empty();
    }
}
