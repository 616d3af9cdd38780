package jp.madoguchi.card.virtual.pki;

/**
 * When a holder's certificates are valid, in days relative to the day they are issued (the clock's date in
 * Japan). Relative offsets keep "expired" expired and "in the renewal window" in the window whatever day the
 * tests run.
 *
 * @param notBeforeDays   first valid day, usually negative (issued in the past)
 * @param notAfterDays    last valid day; negative means already expired
 * @param signCertificate false for holders under 15, who get no 署名用電子証明書
 */
public record CertificatePlan(int notBeforeDays, int notAfterDays, boolean signCertificate) {
    /** Renewal is possible from three months before notAfter. */
    public static final int RENEWAL_WINDOW_DAYS = 90;

    public CertificatePlan {
        if (notAfterDays <= notBeforeDays) {
            throw new IllegalArgumentException("notAfter must come after notBefore");
        }
    }

    /** Issued a year ago, valid for four more years. */
    public static CertificatePlan valid() {
        return new CertificatePlan(-365, 4 * 365, true);
    }

    /** Expired a month ago. */
    public static CertificatePlan expired() {
        return new CertificatePlan(-2 * 365, -30, true);
    }

    /** Expires in 60 days: inside the renewal window. Issued recently enough to fall under the current CA. */
    public static CertificatePlan renewalDue() {
        return new CertificatePlan(-1000, 60, true);
    }

    public CertificatePlan withoutSignCertificate() {
        return new CertificatePlan(notBeforeDays, notAfterDays, false);
    }
}
