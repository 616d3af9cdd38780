package jp.madoguchi.app.output.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;
import jp.madoguchi.issuance.visit.Language;
import jp.madoguchi.issuance.visit.VisitId;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.PaymentStatus;
import jp.madoguchi.issuance.visit.port.PrintFailure;
import jp.madoguchi.issuance.visit.port.SerialHash;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * A stored row back to its {@link JournalEntry}, for the names and bodies written now and before 0.2 alike (a
 * {@code visit-started} without service and language, a {@code visit-ended} with one of the five coarse reasons).
 * A row that does not read is an {@link IllegalArgumentException} naming its type; nothing is guessed.
 */
final class EntryDecoder {
    private final JsonNode n;
    private final VisitId v;
    private final Instant at;

    private EntryDecoder(JsonNode body, VisitId visit, Instant at) {
        this.n = body;
        this.v = visit;
        this.at = at;
    }

    static JournalEntry entry(String type, String body, VisitId visit, Instant at) {
        EntryType kind = EntryType.named(type)
                .orElseThrow(() -> new IllegalArgumentException("unknown journal entry type '" + type + "'"));
        try {
            return new EntryDecoder(EntryEncoder.JSON.readTree(body), visit, at).read(kind);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalArgumentException("unreadable " + type + " record: " + e.getMessage(), e);
        }
    }

    private JournalEntry read(EntryType kind) {
        return switch (kind) {
            case STARTED -> new JournalEntry.Started(v, at, text("kiosk"), EnumIds.parse(Service.class, optional("service")),
                    Optional.ofNullable(optional("language")).map(Language::new).orElse(null));
            case CARD_IDENTIFIED -> new JournalEntry.CardIdentified(v, at, new SerialHash(text("serialHash")));
            case DECIDED -> new JournalEntry.Decided(v, at, MunicipalityCode.parse(text("municipality")),
                    id(CertificateType.class, text("certificate")), bool("allowed"), strings("rules"),
                    number("copies"), number("feeTotal"));
            case PAYMENT_RECORDED -> new JournalEntry.PaymentRecorded(v, at,
                    EnumIds.parse(PaymentStatus.class, text("status")), number("amountYen"));
            case DOCUMENTS_ISSUED -> new JournalEntry.DocumentsIssued(v, at,
                    strings("documents").stream().map(DocumentNumber::new).toList());
            case STATEMENT_ISSUED -> new JournalEntry.StatementIssued(v, at, document());
            case PRINT_FINISHED -> new JournalEntry.PrintFinished(v, at,
                    Optional.ofNullable(optional("failure")).map(f -> id(PrintFailure.class, f)));
            case ENDED -> new JournalEntry.Ended(v, at, EndReason.fromJournal(text("reason")).orElseThrow(() ->
                    new IllegalArgumentException("unknown end reason '" + text("reason") + "'")), optional("lastStep"));
            case PAYMENT_DUE -> new JournalEntry.PaymentDue(v, at, number("yen"));
            case CASH_INSERTED -> new JournalEntry.CashInserted(v, at, number("yen"));
            case CHANGE_RETURNED -> new JournalEntry.ChangeReturned(v, at, number("yen"));
            case PAYMENT_CANCELLED -> new JournalEntry.PaymentCancelled(v, at, number("returnedYen"));
            case REFUND_DUE -> new JournalEntry.RefundDue(v, at, number("yen"), text("reason"));
            case REFUNDED -> new JournalEntry.Refunded(v, at, number("yen"));
            case DOCUMENT_ISSUED -> new JournalEntry.DocumentIssued(v, at, document(), text("certificate"),
                    number("feeYen"));
            case RECEIPT_ISSUED -> new JournalEntry.ReceiptIssued(v, at, document(), number("totalYen"));
            case SHEET_PRINTED -> new JournalEntry.SheetPrinted(v, at, document(), bool("printed"), text("reason"));
            case REPRINT_GRANTED -> new JournalEntry.ReprintGranted(v, at, document(), text("reason"));
            case SERVICE_CHOSEN -> new JournalEntry.ServiceChosen(v, at, MunicipalityCode.parse(text("municipality")),
                    text("certificate"), number("copies"));
            case RULE_DECIDED -> new JournalEntry.RuleDecided(v, at, text("certificate"), bool("allowed"),
                    strings("rules"), strings("reasons"));
        };
    }

    private DocumentNumber document() {
        return new DocumentNumber(text("document"));
    }

    private JsonNode field(String name) {
        JsonNode value = n.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private String text(String name) {
        JsonNode value = field(name);
        if (!value.isTextual()) {
            throw new IllegalArgumentException(name + " is not text");
        }
        return value.asText();
    }

    private String optional(String name) {
        JsonNode value = n.get(name);
        return value == null || value.isNull() ? null : text(name);
    }

    private int number(String name) {
        JsonNode value = field(name);
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(name + " is not a whole number");
        }
        return value.asInt();
    }

    private boolean bool(String name) {
        JsonNode value = field(name);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(name + " is not true or false");
        }
        return value.asBoolean();
    }

    private List<String> strings(String name) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : field(name)) {
            values.add(item.asText());
        }
        return values;
    }

    private static <E extends Enum<E> & Identified> E id(Class<E> type, String stored) {
        return Identified.byId(type, stored).orElseThrow(() ->
                new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + stored + "'"));
    }
}
