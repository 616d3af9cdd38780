package jp.madoguchi.issuance.visit;

import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.card.cert.ChainResult;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.jpki.CardType;
import jp.madoguchi.card.pin.PinTries;
import jp.madoguchi.issuance.visit.card.CardFacts;
import jp.madoguchi.issuance.visit.step.AbortReason;
import jp.madoguchi.issuance.visit.step.CardProblem;
import jp.madoguchi.issuance.visit.step.CardProblemKind;
import jp.madoguchi.issuance.visit.step.Message;
import jp.madoguchi.issuance.visit.step.UnlockRoute;

/** Turns what the card and the chain check said into the screen the resident sees. */
final class CardProblems {
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private CardProblems() {}

    static CardProblem of(CardProblemKind kind, boolean cardPresent, Object... args) {
        return new CardProblem(kind, Message.of(kind.messageKey(), args), List.of(), cardPresent);
    }

    /** 住基カード, smartphone tokens and anything else with or without a JPKI application. */
    static CardProblem refused(CardFault.NotMyNumberCard fault, boolean cardPresent) {
        CardType type = Arrays.stream(CardType.values()).filter(candidate -> candidate.name().equals(fault.kind()))
                .findFirst().orElse(CardType.UNKNOWN);
        CardProblemKind kind = switch (type) {
            case JUKI_CARD -> CardProblemKind.JUKI_CARD;
            case SMARTPHONE_ANDROID, SMARTPHONE_IPHONE -> CardProblemKind.SMARTPHONE;
            case MY_NUMBER_CARD, UNKNOWN -> CardProblemKind.UNKNOWN_CARD;
        };
        return of(kind, cardPresent);
    }

    /** Empty when the chain is valid; dates are Japan dates, as on the card's notices. */
    static Optional<CardProblem> ofChain(ChainResult chain, X509Certificate certificate, boolean cardPresent) {
        return switch (chain.status()) {
            case VALID -> Optional.empty();
            case EXPIRED -> Optional.of(of(CardProblemKind.CERTIFICATE_EXPIRED, cardPresent,
                    japanDate(certificate.getNotAfter())));
            case NOT_YET_VALID -> Optional.of(of(CardProblemKind.CERTIFICATE_NOT_YET_VALID, cardPresent,
                    japanDate(certificate.getNotBefore())));
            case REVOKED -> Optional.of(of(CardProblemKind.CERTIFICATE_REVOKED, cardPresent));
            case UNTRUSTED, INVALID_USAGE, UNSUPPORTED_KEY, MALFORMED -> Optional.of(of(CardProblemKind.UNKNOWN_CARD,
                    cardPresent));
        };
    }

    static CardProblem alreadyLocked(CardFacts facts, boolean cardPresent) {
        return new CardProblem(CardProblemKind.AUTH_PIN_LOCKED, Message.of(CardProblemKind.AUTH_PIN_LOCKED
                .messageKey()), unlockRoutes(facts), cardPresent);
    }

    /** The card gave no count for the auth PIN: no PIN is asked for (no last-try warning could be given). */
    static CardProblem triesUnknown(boolean cardPresent) {
        return of(CardProblemKind.PIN_TRIES_UNKNOWN, cardPresent);
    }

    /**
     * The card gave no verdict on the PIN; {@code now} is its count when asked again. Locked now: the unlock
     * routes. Otherwise the count, or that there is none.
     */
    static CardProblem unconfirmed(PinTries now, CardFacts facts, boolean cardPresent) {
        CardProblemKind kind = CardProblemKind.PIN_UNCONFIRMED;
        if (!now.reported()) {
            return new CardProblem(kind, Message.of(CardProblemKind.PIN_UNCONFIRMED_UNKNOWN), List.of(), cardPresent);
        }
        if (now.blocked()) {
            return new CardProblem(kind, Message.of(CardProblemKind.PIN_UNCONFIRMED_LOCKED), unlockRoutes(facts),
                    cardPresent);
        }
        return of(kind, cardPresent, now.triesLeft());
    }

    /** The counter always; the reset app only when the signature PIN it needs can still be used. */
    static List<UnlockRoute> unlockRoutes(CardFacts facts) {
        List<UnlockRoute> routes = new ArrayList<>(List.of(UnlockRoute.MUNICIPAL_COUNTER));
        if (facts.signatureCertificatePresent() && !facts.signatureTries().blocked()) {
            routes.add(UnlockRoute.PIN_RESET_APP_AND_STORE_KIOSK);
        }
        return routes;
    }

    static AbortReason abortFor(CardFault fault) {
        if (fault instanceof CardFault.CardRemoved) {
            return AbortReason.CARD_REMOVED;
        }
        if (fault instanceof CardFault.ReaderGone || fault instanceof CardFault.ServiceDown
                || fault instanceof CardFault.NoReaders) {
            return AbortReason.READER_UNAVAILABLE;
        }
        return AbortReason.CARD_UNREADABLE;
    }

    static LocalDate japanDate(Date date) {
        return date.toInstant().atZone(JAPAN).toLocalDate();
    }
}
