package jp.madoguchi.card.cert;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * JPKI certificates can be renewed from 3 months before they expire (有効期限の3か月前から). Municipal offices
 * count in Japan dates, so the window opens at 00:00 JST on the date three months before the expiry date.
 * The certificate is valid through notAfter itself, and expired only after it.
 */
public record RenewalWindow(Instant notAfter) {
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int MONTHS_BEFORE = 3;

    public RenewalWindow {
        Objects.requireNonNull(notAfter, "notAfter");
    }

    public static RenewalWindow of(X509Certificate certificate) {
        return new RenewalWindow(certificate.getNotAfter().toInstant());
    }

    public LocalDate opensOn() {
        return notAfter.atZone(JAPAN).toLocalDate().minusMonths(MONTHS_BEFORE);
    }

    public Instant opensAt() {
        return opensOn().atStartOfDay(JAPAN).toInstant();
    }

    public RenewalStatus status(Instant at) {
        if (at.isAfter(notAfter)) {
            return new RenewalStatus.Expired(notAfter.atZone(JAPAN).toLocalDate());
        }
        if (at.isBefore(opensAt())) {
            return new RenewalStatus.NotYet(opensOn());
        }
        return new RenewalStatus.Open(opensOn());
    }
}
