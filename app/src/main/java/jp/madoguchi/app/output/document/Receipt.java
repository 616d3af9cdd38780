package jp.madoguchi.app.output.document;

import java.time.Instant;
import java.util.List;
import jp.madoguchi.app.output.DocumentNumber;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.Municipality;

/**
 * 領収書 of one visit: the sheets paid for, cash in and out, refunds. No personal data: certificate types and document
 * numbers only. {@code demonstration} prints that no real money moved.
 */
public record Receipt(String kiosk, Municipality municipality, Instant at, List<Line> lines, int received, int change,
        int refunded, boolean demonstration) {

    public Receipt {
        lines = List.copyOf(lines);
    }

    public record Line(CertificateType certificate, DocumentNumber document, int feeYen) {}

    public int total() {
        return lines.stream().mapToInt(Line::feeYen).sum();
    }
}
