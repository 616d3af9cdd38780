package jp.madoguchi.card.cert;

import java.time.LocalDate;

/** Where a certificate stands against its {@link RenewalWindow}; dates are Japan dates. */
public sealed interface RenewalStatus {
    /** A stable code for JSON and the UI: NOT_YET, OPEN or EXPIRED. */
    String code();

    /** Too early to renew; the window opens on {@code opensOn}. */
    record NotYet(LocalDate opensOn) implements RenewalStatus {
        public String code() {
            return "NOT_YET";
        }
    }

    /** Renewal is possible; it has been since {@code openedOn}. */
    record Open(LocalDate openedOn) implements RenewalStatus {
        public String code() {
            return "OPEN";
        }
    }

    /** The certificate expired on {@code expiredOn}; it must be issued anew, not renewed. */
    record Expired(LocalDate expiredOn) implements RenewalStatus {
        public String code() {
            return "EXPIRED";
        }
    }
}
