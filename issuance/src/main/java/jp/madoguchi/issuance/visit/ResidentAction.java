package jp.madoguchi.issuance.visit;

import java.util.Arrays;
import java.util.Objects;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.visit.step.MunicipalityRole;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * What the resident does on the screen. The UI sends these; the machine ignores an action that makes no sense on
 * the current step (a late double tap), so the UI never has to guard against races.
 */
public sealed interface ResidentAction {
    record ChooseLanguage(Language language) implements ResidentAction {
        public ChooseLanguage {
            Objects.requireNonNull(language, "language");
        }
    }

    record ChooseService(Service service) implements ResidentAction {
        public ChooseService {
            Objects.requireNonNull(service, "service");
        }
    }

    /**
     * The PIN as typed. The machine hands the array to the card and it is wiped after use, or at once when the
     * step does not take a PIN; the caller must not keep another copy. Never printed.
     */
    record EnterPin(char[] pin) implements ResidentAction {
        public EnterPin {
            Objects.requireNonNull(pin, "pin");
        }

        public void wipe() {
            Arrays.fill(pin, '\0');
        }

        @Override
        public String toString() {
            return "EnterPin[****]";
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** The resident accepts that a wrong PIN now locks the card. */
    record ConfirmLastTry() implements ResidentAction {}

    record Back() implements ResidentAction {}

    /** End the visit now (also the idle overlay's "finish"). */
    record Cancel() implements ResidentAction {}

    record ChooseMunicipality(MunicipalityRole role) implements ResidentAction {}

    record ChooseCertificate(CertificateType certificate) implements ResidentAction {}

    /** Replaces the option selection on {@code ChooseOptions}; {@link Confirm} moves on. */
    record SetOptions(RequestedOptions options) implements ResidentAction {}

    /** Replaces the subject selection on {@code ChooseSubjects}; {@link Confirm} moves on. */
    record ChooseSubjects(SubjectSelection subjects) implements ResidentAction {}

    /** Replaces the number of copies on {@code ChooseCopies}; {@link Confirm} moves on. */
    record SetCopies(int copies) implements ResidentAction {}

    /** "Next" / "OK" / "Pay": accept the current step. */
    record Confirm() implements ResidentAction {}

    /** Any touch: the resident is still there (resets the idle timer). */
    record Touch() implements ResidentAction {}

    /** Print the account statement shown on {@code AccountInquiry}. */
    record PrintStatement() implements ResidentAction {}

    /** "Continue" on the idle overlay. */
    record ContinueVisit() implements ResidentAction {}

    /** The help key: hotlines over the current screen; back returns to it as it was. */
    record ShowHelp() implements ResidentAction {}

    /** "Forgot the PIN?" on the PIN pad or the last-try warning: where it can be reset. */
    record ForgotPin() implements ResidentAction {}

    /** The answer to "a card is on the reader: is it yours?" ({@code WhoseCard}). */
    record CardOwner(boolean mine) implements ResidentAction {}
}
