package jp.madoguchi.card.fault;

import jp.madoguchi.card.apdu.StatusWord;
import jp.madoguchi.card.pin.PinKind;

/**
 * Everything that can stop a card operation, as values. Each carries a message a staff member can act on;
 * none carries a PIN or personal data.
 */
public sealed interface CardFault {
    /** Short, actionable English text for logs and the staff CLI; the UI translates by type. */
    String message();

    /** PC/SC is up but no reader is attached. */
    record NoReaders() implements CardFault {
        public String message() {
            return "No card reader is connected. Plug in a PC/SC reader (e.g. Sony RC-S300, ACS ACR1252).";
        }
    }

    /** The PC/SC service (pcscd) is not running or stopped answering. */
    record ServiceDown(String detail) implements CardFault {
        public String message() {
            return "The PC/SC service is not running (" + detail + "). Start it with: sudo pcscd  "
                    + "(or: sudo systemctl start pcscd)";
        }
    }

    /** The card left the reader (pulled, or lost contact). */
    record CardRemoved() implements CardFault {
        public String message() {
            return "The card was removed from the reader.";
        }
    }

    /**
     * The card stayed on the reader but did not answer: the reader gave up on it (SCARD_E_NOT_TRANSACTED or
     * SCARD_W_UNRESPONSIVE_CARD while the card is still present). The reader's owner resets the card, so the
     * reader works again without the card being pulled; whatever the command was, it may have been carried out.
     */
    record Unresponsive(String code) implements CardFault {
        public String message() {
            return "The card did not answer (" + code + ") and was reset. If it keeps happening, clean the card's "
                    + "contacts or try another reader.";
        }
    }

    /** The reader disappeared (unplugged) or is unavailable. */
    record ReaderGone(String reader) implements CardFault {
        public String message() {
            return "The card reader " + (reader == null ? "" : "'" + reader + "' ") + "is no longer available.";
        }
    }

    /** Another program holds the card exclusively. */
    record SharingViolation() implements CardFault {
        public String message() {
            return "Another program is using the card. Close other card software and try again.";
        }
    }

    /** A card that is not a usable My Number card (住基カード, smartphone token, unknown card). */
    record NotMyNumberCard(String kind, String detail) implements CardFault {
        public String message() {
            return "This is not a My Number card (" + kind + "): " + detail;
        }
    }

    /**
     * The operation needs a PIN verified first: the card answered 6982, or the kiosk knows the PIN is not
     * verified and did not waste an APDU on it.
     */
    record PinRequired(PinKind pin, String operation) implements CardFault {
        public String message() {
            return operation + " needs the " + pin.id() + " PIN to be verified first.";
        }
    }

    /** The card answered something the protocol does not allow: a status word, a short or malformed reply. */
    record ProtocolError(String operation, int sw, String detail) implements CardFault {
        public String message() {
            return operation + " failed: " + (sw == 0 ? "" : "SW " + StatusWord.describe(sw) + ", ") + detail;
        }
    }

    /** A PC/SC failure that fits none of the above; keeps the SCARD_* name for the bug report. */
    record Unexpected(String code, String detail) implements CardFault {
        public String message() {
            return "Card reader error " + code + ": " + detail;
        }
    }
}
