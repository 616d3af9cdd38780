package jp.madoguchi.issuance.rules;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * A dated stop announced by the municipality, in Tokyo local time, from inclusive to until exclusive. An empty
 * certificate set stops everything; otherwise only the listed certificates (Obihiro stops 戸籍 alone at times).
 */
public record MaintenanceWindow(LocalDateTime from, LocalDateTime until, String note,
        Set<CertificateType> certificates) {
    public MaintenanceWindow {
        Objects.requireNonNull(note, "note");
        certificates = CertificateRule.frozen(CertificateType.class, certificates);
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("maintenance ends " + until + " before it starts " + from);
        }
    }

    public boolean stops(CertificateType type, LocalDateTime time) {
        return (certificates.isEmpty() || certificates.contains(type)) && !time.isBefore(from) && time.isBefore(until);
    }
}
