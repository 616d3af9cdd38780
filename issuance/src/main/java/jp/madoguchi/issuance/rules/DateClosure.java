package jp.madoguchi.issuance.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Whole days without service announced by the municipality, first and last day inclusive (Tokyo dates): a
 * 臨時休止 for a system change, an election day. Unlike maintenance it is dated by day, not to the minute. An empty
 * certificate set closes everything; otherwise only the listed certificates.
 */
public record DateClosure(LocalDate first, LocalDate last, String note, Set<CertificateType> certificates) {
    public DateClosure {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(note, "note");
        certificates = CertificateRule.frozen(CertificateType.class, certificates);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("closure ends " + last + " before it starts " + first);
        }
    }

    public boolean closes(CertificateType type, LocalDate date) {
        return (certificates.isEmpty() || certificates.contains(type)) && !date.isBefore(first) && !date.isAfter(last);
    }

    /** "2027-01-04" or "2027-01-04..2027-01-05". */
    public String period() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
