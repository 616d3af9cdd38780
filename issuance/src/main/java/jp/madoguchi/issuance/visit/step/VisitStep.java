package jp.madoguchi.issuance.visit.step;

import java.util.Locale;

/**
 * What the kiosk shows right now: one immutable record per screen. The UI renders the step it is given and sends
 * the resident's choices back as {@link jp.madoguchi.issuance.visit.ResidentAction}s; it never decides where to go
 * next. Steps carry message keys, ids, dates and amounts, never a PIN, a certificate or a 個人番号.
 */
public sealed interface VisitStep permits Attract, Help, AccountInquiry, PlaceCard, ReadingCard, CardProblem,
        PinEntry, LastTryWarning, CheckingPin, PinLocked, RemoveCard, ChooseMunicipality, ChooseCertificate,
        ChooseOptions, ChooseSubjects, ChooseCopies, Confirm, Payment, Printing, IssueFailed, TakeDocuments,
        ThankYou, CardCheckResult, Aborted, PrintingStatement, OutOfService, WhoseCard, ForgotPin, ConfirmCancel {

    /** A stable kebab-case name ({@code pin-entry}) for screenshots, logs and the journal. */
    default String id() {
        return getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
