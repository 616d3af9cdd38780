package jp.madoguchi.issuance.visit.port;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One past visit: its date in Japan, the certificate type ids printed, the fees paid and the refund still owed. */
public record AccountVisit(LocalDate date, List<String> certificates, int feeYen, int refundDueYen) {
    public AccountVisit {
        Objects.requireNonNull(date, "date");
        certificates = List.copyOf(certificates);
    }
}
