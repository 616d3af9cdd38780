package jp.madoguchi.issuance.visit.port;

import java.time.Instant;
import java.util.Objects;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.VisitId;

/**
 * The account statement to render for the resident identified in {@code visit}: looked up again, like the screen's,
 * by the keyed serial hash of the card that passed the PIN and the resident's registry id, in {@code municipality}.
 */
public record StatementOrder(VisitId visit, Instant issuedAt, MunicipalityCode municipality, String resident,
        SerialHash card) {
    public StatementOrder {
        Objects.requireNonNull(visit, "visit");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(card, "card");
    }
}
