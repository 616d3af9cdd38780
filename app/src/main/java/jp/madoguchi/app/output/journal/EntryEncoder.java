package jp.madoguchi.app.output.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import jp.madoguchi.issuance.visit.port.DocumentNumber;
import jp.madoguchi.issuance.visit.port.JournalEntry;
import jp.madoguchi.issuance.visit.port.JournalEntry.CardIdentified;
import jp.madoguchi.issuance.visit.port.JournalEntry.CashInserted;
import jp.madoguchi.issuance.visit.port.JournalEntry.ChangeReturned;
import jp.madoguchi.issuance.visit.port.JournalEntry.Decided;
import jp.madoguchi.issuance.visit.port.JournalEntry.DocumentIssued;
import jp.madoguchi.issuance.visit.port.JournalEntry.DocumentsIssued;
import jp.madoguchi.issuance.visit.port.JournalEntry.Ended;
import jp.madoguchi.issuance.visit.port.JournalEntry.PaymentCancelled;
import jp.madoguchi.issuance.visit.port.JournalEntry.PaymentDue;
import jp.madoguchi.issuance.visit.port.JournalEntry.PaymentRecorded;
import jp.madoguchi.issuance.visit.port.JournalEntry.PrintFinished;
import jp.madoguchi.issuance.visit.port.JournalEntry.ReceiptIssued;
import jp.madoguchi.issuance.visit.port.JournalEntry.RefundDue;
import jp.madoguchi.issuance.visit.port.JournalEntry.Refunded;
import jp.madoguchi.issuance.visit.port.JournalEntry.ReprintGranted;
import jp.madoguchi.issuance.visit.port.JournalEntry.RuleDecided;
import jp.madoguchi.issuance.visit.port.JournalEntry.ServiceChosen;
import jp.madoguchi.issuance.visit.port.JournalEntry.SheetPrinted;
import jp.madoguchi.issuance.visit.port.JournalEntry.Started;
import jp.madoguchi.issuance.visit.port.JournalEntry.StatementIssued;

/**
 * An entry's stored body: its fields as JSON, without the visit and the time (those are columns of their own).
 * Field names are those journals before 0.2 used for the kinds they had; enums are stored by their ids.
 */
final class EntryEncoder {
    static final ObjectMapper JSON = new ObjectMapper();

    private EntryEncoder() {}

    static String body(JournalEntry entry) {
        try {
            return JSON.writeValueAsString(fields(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal entry not serializable: " + entry.getClass(), e);
        }
    }

    private static ObjectNode fields(JournalEntry entry) {
        ObjectNode n = JSON.createObjectNode();
        if (entry instanceof Started e) {
            n.put("kiosk", e.kiosk()).put("service", EnumIds.of(e.service()))
                    .put("language", e.language() == null ? null : e.language().tag());
        } else if (entry instanceof CardIdentified e) {
            n.put("serialHash", e.certificateSerial().hex());
        } else if (entry instanceof Decided e) {
            n.put("municipality", e.municipality().value()).put("certificate", e.certificate().id())
                    .put("allowed", e.allowed()).put("copies", e.copies()).put("feeTotal", e.feeTotal());
            strings(n.putArray("rules"), e.ruleIds());
        } else if (entry instanceof PaymentRecorded e) {
            n.put("status", EnumIds.of(e.status())).put("amountYen", e.amountYen());
        } else if (entry instanceof DocumentsIssued e) {
            strings(n.putArray("documents"), e.documents().stream().map(DocumentNumber::value).toList());
        } else if (entry instanceof StatementIssued e) {
            n.put("document", e.document().value());
        } else if (entry instanceof PrintFinished e) {
            n.put("failure", e.failure().map(f -> f.id()).orElse(null));
        } else if (entry instanceof Ended e) {
            n.put("reason", e.reason().id()).put("lastStep", e.lastStep());
        } else {
            money(n, entry);
        }
        return n;
    }

    private static void money(ObjectNode n, JournalEntry entry) {
        if (entry instanceof PaymentDue e) {
            n.put("yen", e.yen());
        } else if (entry instanceof CashInserted e) {
            n.put("yen", e.yen());
        } else if (entry instanceof ChangeReturned e) {
            n.put("yen", e.yen());
        } else if (entry instanceof PaymentCancelled e) {
            n.put("returnedYen", e.returnedYen());
        } else if (entry instanceof RefundDue e) {
            n.put("yen", e.yen()).put("reason", e.reason());
        } else if (entry instanceof Refunded e) {
            n.put("yen", e.yen());
        } else {
            paper(n, entry);
        }
    }

    private static void paper(ObjectNode n, JournalEntry entry) {
        if (entry instanceof DocumentIssued e) {
            n.put("document", e.document().value()).put("certificate", e.certificate()).put("feeYen", e.feeYen());
        } else if (entry instanceof ReceiptIssued e) {
            n.put("document", e.document().value()).put("totalYen", e.totalYen());
        } else if (entry instanceof SheetPrinted e) {
            n.put("document", e.document().value()).put("printed", e.printed()).put("reason", e.reason());
        } else if (entry instanceof ReprintGranted e) {
            n.put("document", e.document().value()).put("reason", e.reason());
        } else if (entry instanceof ServiceChosen e) {
            n.put("municipality", e.municipality().value()).put("certificate", e.certificate())
                    .put("copies", e.copies());
        } else if (entry instanceof RuleDecided e) {
            n.put("certificate", e.certificate()).put("allowed", e.allowed());
            strings(n.putArray("rules"), e.rules());
            strings(n.putArray("reasons"), e.reasons());
        } else {
            throw new IllegalStateException("no body for " + entry.getClass());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
