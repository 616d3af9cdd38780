package jp.madoguchi.app.kiosk;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import jp.madoguchi.issuance.engine.ReasonMessages;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.ResidentAction;
import jp.madoguchi.issuance.visit.step.Aborted;
import jp.madoguchi.issuance.visit.step.Attract;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CertificateChoice;
import jp.madoguchi.issuance.visit.step.CheckingPin;
import jp.madoguchi.issuance.visit.step.ChooseCertificate;
import jp.madoguchi.issuance.visit.step.ChooseCopies;
import jp.madoguchi.issuance.visit.step.ChooseMunicipality;
import jp.madoguchi.issuance.visit.step.ChooseOptions;
import jp.madoguchi.issuance.visit.step.ChooseSubjects;
import jp.madoguchi.issuance.visit.step.Confirm;
import jp.madoguchi.issuance.visit.step.IssueFailed;
import jp.madoguchi.issuance.visit.step.LastTryWarning;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.Payment;
import jp.madoguchi.issuance.visit.step.PinEntry;
import jp.madoguchi.issuance.visit.step.PlaceCard;
import jp.madoguchi.issuance.visit.step.Printing;
import jp.madoguchi.issuance.visit.step.ReadingCard;
import jp.madoguchi.issuance.visit.step.RemoveCard;
import jp.madoguchi.issuance.visit.step.TakeDocuments;
import jp.madoguchi.issuance.visit.step.ThankYou;
import jp.madoguchi.issuance.visit.step.VisitStep;

/**
 * What the acceptance visit does on each screen, as a resident who keeps every default would: tells the operator
 * what to do at the reader and the cash unit, answers the PIN screen once, and names anything else as the reason
 * to stop ({@link #react} returns it). Steps it has no answer for (help, the statement, a card check) stop it too.
 */
final class AcceptanceSteps {
    private final AcceptanceVisit.Operator operator;
    private final CertificateType certificate;
    private final String reader;
    private final Consumer<ResidentAction> send;
    private boolean pinSent;

    AcceptanceSteps(AcceptanceVisit.Operator operator, CertificateType certificate, String reader,
            Consumer<ResidentAction> send) {
        this.operator = operator;
        this.certificate = certificate;
        this.reader = reader;
        this.send = send;
    }

    /** Acts on {@code step}; empty to go on, else why the visit stops here. */
    Optional<String> react(VisitStep step) throws IOException {
        if (step instanceof Attract || step instanceof ReadingCard || step instanceof CheckingPin
                || step instanceof Printing || step instanceof ThankYou) {
            return Optional.empty();
        } else if (step instanceof PlaceCard) {
            operator.say("place the card on the reader " + reader);
        } else if (step instanceof PinEntry pin) {
            return pin(pin);
        } else if (step instanceof LastTryWarning warning) {
            return Optional.of("the card's PIN has " + warning.triesLeft() + " try left: not tried, so the card"
                    + " cannot lock (reset the count at the municipality's counter first)");
        } else if (step instanceof RemoveCard) {
            operator.say("PIN accepted; remove the card");
        } else if (step instanceof ChooseMunicipality) {
            send.accept(new ResidentAction.ChooseMunicipality(MunicipalityRole.RESIDENCE));
        } else if (step instanceof ChooseCertificate choose) {
            return certificate(choose);
        } else if (step instanceof ChooseOptions || step instanceof ChooseSubjects || step instanceof ChooseCopies) {
            send.accept(new ResidentAction.Confirm());
        } else if (step instanceof Confirm confirm) {
            if (!confirm.refusal().isEmpty()) {
                return Optional.of("the rules refuse the order: " + confirm.refusal().stream()
                        .map(ReasonMessages::render).collect(Collectors.joining("; ")));
            }
            send.accept(new ResidentAction.Confirm());
        } else if (step instanceof Payment payment) {
            operator.say("pay " + payment.amountDue() + " yen at the cash unit");
        } else if (step instanceof TakeDocuments take) {
            operator.say("printed " + take.certificates() + " certificate(s)" + (take.receipt() ? " and the receipt" : "")
                    + "; take the documents");
            send.accept(new ResidentAction.Confirm());
        } else if (step instanceof IssueFailed failed) {
            return Optional.of("issuing failed: " + id(failed.problem()) + (failed.refundYen() > 0
                    ? ", " + failed.refundYen() + " yen to refund (slip printed)" : ""));
        } else if (step instanceof Aborted aborted) {
            return Optional.of("the visit was aborted: " + id(aborted.reason()));
        } else if (step instanceof CardProblem problem) {
            return Optional.of("the card was refused: " + id(problem.kind()));
        } else {
            return Optional.of("the kiosk showed " + step.id() + ", which an acceptance visit does not answer");
        }
        return Optional.empty();
    }

    /** The PIN once: a second PIN screen means it was wrong, and an operator retries by hand, not a script. */
    private Optional<String> pin(PinEntry pin) throws IOException {
        if (pinSent) {
            return Optional.of("the PIN was wrong: " + pin.triesLeft() + " tries left");
        }
        operator.say("enter the card's " + pin.digits() + "-digit PIN (" + pin.triesLeft() + " tries left)");
        char[] entered = operator.pin(pin.digits());
        pinSent = true;
        send.accept(new ResidentAction.EnterPin(entered)); // the visit machine wipes it once checked
        return Optional.empty();
    }

    private Optional<String> certificate(ChooseCertificate choose) {
        boolean offered = choose.items().stream()
                .anyMatch(item -> item.certificate() == certificate && item.available());
        if (!offered) {
            return Optional.of(choose.municipality().name() + " does not issue " + certificate.id() + " here; it"
                    + " offers " + choose.items().stream().filter(CertificateChoice::available)
                            .map(item -> item.certificate().id()).collect(Collectors.joining(", ")));
        }
        send.accept(new ResidentAction.ChooseCertificate(certificate));
        return Optional.empty();
    }

    private static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
