package jp.madoguchi.app.output.document;

import java.time.Instant;
import java.util.Objects;
import jp.madoguchi.issuance.rules.Municipality;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;

/**
 * 返金票: money the kiosk took and owes back because nothing was issued for it (the payment device failed, or could
 * not pay a refund out). The resident shows it to staff; the journal's {@code refund-due} under the same visit id is
 * what staff check it against. No personal data: kiosk, visit, time, amount and the reason id only.
 */
public record RefundSlip(DocumentNumber number, String kiosk, VisitId visit, Municipality municipality, Instant at,
        int yen, String reason) {

    public RefundSlip {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(reason, "reason");
        if (yen <= 0) {
            throw new IllegalArgumentException("a refund slip is for a positive amount, got " + yen);
        }
    }

    /** The reason in words for the slip; the id itself is printed too, for staff to match with the journal. */
    public String reasonText() {
        return switch (reason.replaceFirst("^payment-", "")) {
            case "jam" -> "支払い機の詰まり";
            case "out-of-change" -> "支払い機の釣り銭切れ";
            case "door-open" -> "支払い機の扉が開いた";
            case "disconnected", "no-answer" -> "支払い機との通信が途絶えた";
            case "issue-failed" -> "証明書を発行できず、返金を払い出せなかった";
            default -> "支払い機の故障";
        };
    }
}
