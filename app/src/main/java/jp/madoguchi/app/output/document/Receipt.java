package jp.madoguchi.app.output.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.Municipality;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/**
 * 領収書 of one visit, with its own number: the sheets printed and paid for, cash in and out, refunds. No personal
 * data: certificate types and document numbers only. {@code demonstration} prints that no real money moved.
 */
public record Receipt(DocumentNumber number, String kiosk, Municipality municipality, Instant at, List<Line> lines,
        int received, int change, int refunded, boolean demonstration) {

    public Receipt {
        Objects.requireNonNull(number, "number");
        lines = List.copyOf(lines);
    }

    public record Line(CertificateType certificate, DocumentNumber document, int feeYen) {}

    public int total() {
        return lines.stream().mapToInt(Line::feeYen).sum();
    }
}
