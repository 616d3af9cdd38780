package jp.madoguchi.app.output.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.madoguchi.app.output.journal.JournalEvent.CardIdentified;
import jp.madoguchi.app.output.journal.JournalEvent.CashInserted;
import jp.madoguchi.app.output.journal.JournalEvent.ChangeReturned;
import jp.madoguchi.app.output.journal.JournalEvent.DocumentIssued;
import jp.madoguchi.app.output.journal.JournalEvent.PaymentCancelled;
import jp.madoguchi.app.output.journal.JournalEvent.PaymentDue;
import jp.madoguchi.app.output.journal.JournalEvent.PrintFinished;
import jp.madoguchi.app.output.journal.JournalEvent.ReceiptIssued;
import jp.madoguchi.app.output.journal.JournalEvent.Refunded;
import jp.madoguchi.app.output.journal.JournalEvent.RefundDue;
import jp.madoguchi.app.output.journal.JournalEvent.ReprintGranted;
import jp.madoguchi.app.output.journal.JournalEvent.RuleDecided;
import jp.madoguchi.app.output.journal.JournalEvent.ServiceChosen;
import jp.madoguchi.app.output.journal.JournalEvent.StatementIssued;
import jp.madoguchi.app.output.journal.JournalEvent.VisitEnded;
import jp.madoguchi.app.output.journal.JournalEvent.VisitStarted;

/**
 * Event ↔ (type, JSON body). Type names are spelled out here rather than derived from class names so that renaming
 * a record never changes what old journals mean.
 */
final class EventCodec {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final Map<String, Class<? extends JournalEvent>> TYPES = new LinkedHashMap<>();
    private static final Map<Class<?>, String> NAMES = new LinkedHashMap<>();

    static {
        register("visit-started", VisitStarted.class);
        register("card-identified", CardIdentified.class);
        register("service-chosen", ServiceChosen.class);
        register("rule-decided", RuleDecided.class);
        register("payment-due", PaymentDue.class);
        register("cash-inserted", CashInserted.class);
        register("change-returned", ChangeReturned.class);
        register("payment-cancelled", PaymentCancelled.class);
        register("document-issued", DocumentIssued.class);
        register("statement-issued", StatementIssued.class);
        register("receipt-issued", ReceiptIssued.class);
        register("print-finished", PrintFinished.class);
        register("reprint-granted", ReprintGranted.class);
        register("refund-due", RefundDue.class);
        register("refunded", Refunded.class);
        register("visit-ended", VisitEnded.class);
    }

    private EventCodec() {}

    private static void register(String type, Class<? extends JournalEvent> eventClass) {
        TYPES.put(type, eventClass);
        NAMES.put(eventClass, type);
    }

    static String typeOf(JournalEvent event) {
        return NAMES.get(event.getClass());
    }

    static String body(JournalEvent event) {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal event not serializable: " + event.type(), e);
        }
    }

    static JournalEvent event(String type, String body) {
        Class<? extends JournalEvent> eventClass = TYPES.get(type);
        if (eventClass == null) {
            throw new IllegalArgumentException("unknown journal event type '" + type + "'");
        }
        try {
            return JSON.readValue(body, eventClass);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable " + type + " record: " + e.getOriginalMessage(), e);
        }
    }
}
