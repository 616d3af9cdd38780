package jp.madoguchi.ui.staff;

import java.util.Map;
import java.util.Optional;
import jp.madoguchi.card.cert.ChainStatus;
import jp.madoguchi.card.jpki.CardType;
import jp.madoguchi.issuance.visit.port.EndReason;
import jp.madoguchi.issuance.visit.step.ServiceCheck;

/**
 * The bundle keys of the model values the staff screen shows, so a clerk reads 操作がなく終了 or プリンター, never
 * {@code TIMED_OUT} or {@code printer}. A test checks every value has its text in every language.
 */
final class StaffWords {
    /** Each step by the title its screen shows (the visit's id of the step as the key). */
    private static final Map<String, String> STEPS = Map.ofEntries(
            Map.entry("attract", "staff.step.attract"),
            Map.entry("help", "help.title"),
            Map.entry("account-inquiry", "attract.service.account"),
            Map.entry("printing-statement", "account.printing"),
            Map.entry("place-card", "card.place.title"),
            Map.entry("reading-card", "card.reading.title"),
            Map.entry("card-problem", "cardProblem.title"),
            Map.entry("pin-entry", "pin.title"),
            Map.entry("last-try-warning", "pin.lastTry.title"),
            Map.entry("checking-pin", "pin.checking"),
            Map.entry("pin-locked", "pin.locked.title"),
            Map.entry("remove-card", "remove.title"),
            Map.entry("choose-municipality", "municipality.title"),
            Map.entry("choose-certificate", "certificate.title"),
            Map.entry("choose-options", "options.title"),
            Map.entry("choose-subjects", "subjects.title"),
            Map.entry("choose-copies", "copies.title"),
            Map.entry("confirm", "confirm.title"),
            Map.entry("payment", "payment.title"),
            Map.entry("printing", "printing.title"),
            Map.entry("issue-failed", "issueFailed.title"),
            Map.entry("take-documents", "take.title"),
            Map.entry("thank-you", "thanks.title"),
            Map.entry("card-check-result", "cardCheck.title"),
            Map.entry("aborted", "staff.step.aborted"),
            Map.entry("out-of-service", "outOfService.title"),
            Map.entry("whose-card", "whoseCard.title"),
            Map.entry("forgot-pin", "forgotPin.title"),
            Map.entry("confirm-cancel", "confirmCancel.title"));
    private static final Map<ChainStatus, String> CERTIFICATE = Map.of(
            ChainStatus.VALID, "cardCheck.status.valid",
            ChainStatus.EXPIRED, "cardCheck.status.expired",
            ChainStatus.NOT_YET_VALID, "cardCheck.status.notYetValid",
            ChainStatus.REVOKED, "cardCheck.status.revoked");
    private static final Map<ChainStatus, String> CA = Map.of(
            ChainStatus.VALID, "staff.find.ca.trusted",
            ChainStatus.EXPIRED, "staff.find.ca.outsideValidity",
            ChainStatus.NOT_YET_VALID, "staff.find.ca.outsideValidity");
    private static final Map<CardType, String> OTHER_CARDS = Map.of(
            CardType.JUKI_CARD, "staff.find.juki",
            CardType.SMARTPHONE_ANDROID, "staff.find.smartphone",
            CardType.SMARTPHONE_IPHONE, "staff.find.smartphone");
    private static final Map<PrinterReport.Problem, String> PRINTER = Map.of(
            PrinterReport.Problem.OUT_OF_PAPER, "staff.printer.outOfPaper",
            PrinterReport.Problem.PAPER_JAM, "staff.printer.paperJam",
            PrinterReport.Problem.STOPPED, "staff.printer.stopped",
            PrinterReport.Problem.NOT_ACCEPTING, "staff.printer.notAccepting",
            PrinterReport.Problem.GONE, "staff.printer.gone",
            PrinterReport.Problem.KEEPS_DOCUMENTS, "staff.printer.keepsDocuments",
            PrinterReport.Problem.FAILED, "staff.printer.failed");

    private StaffWords() {}

    static String endReason(EndReason reason) {
        return "staff.end." + reason.id();
    }

    static String check(ServiceCheck check) {
        return "staff.check." + check.id();
    }

    /** The step's screen title; empty for an id this kiosk does not know (a journal from another version). */
    static Optional<String> step(String stepId) {
        return Optional.ofNullable(STEPS.get(stepId));
    }

    /** The auth certificate's state; the usage, key and format faults all read as "cannot be confirmed". */
    static String certificate(ChainStatus status) {
        return CERTIFICATE.getOrDefault(status, "cardCheck.status.untrusted");
    }

    /** A CA certificate the card carries, against the configured anchors. */
    static String certificateAuthority(ChainStatus status) {
        return CA.getOrDefault(status, "staff.find.ca.untrusted");
    }

    static String otherCard(CardType type) {
        return OTHER_CARDS.getOrDefault(type, "staff.find.unknown");
    }

    static String printer(PrinterReport.Problem problem) {
        String key = PRINTER.get(problem);
        if (key == null) {
            throw new IllegalArgumentException("nothing stops the printer");
        }
        return key;
    }
}
