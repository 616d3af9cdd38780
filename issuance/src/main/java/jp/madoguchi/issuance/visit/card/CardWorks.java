package jp.madoguchi.issuance.visit.card;

import java.util.Arrays;
import java.util.function.Consumer;
import jp.madoguchi.card.jpki.CardCertificate;
import jp.madoguchi.card.jpki.CardIdentity;
import jp.madoguchi.card.jpki.JpkiReader;
import jp.madoguchi.card.jpki.PinAttempt;
import jp.madoguchi.card.pcsc.CardWork;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;

/** The three pieces of card work a visit needs, each run whole inside one PC/SC transaction. */
final class CardWorks {
    private CardWorks() {}

    /** Identity first, so a 住基 card or a smartphone token is refused before anything else is read. */
    static CardWork<CardFacts> read(long request, Consumer<CardEvent> progress) {
        return session -> {
            JpkiReader jpki = new JpkiReader(session.transport());
            CardIdentity identity = jpki.identify();
            progress.accept(new CardEvent.Progress(request, 30));
            PinTries auth = jpki.queryTries(PinKind.AUTH);
            PinTries sign = jpki.queryTries(PinKind.SIGN);
            progress.accept(new CardEvent.Progress(request, 50));
            CardCertificate certificate = jpki.readAuthCertificate();
            progress.accept(new CardEvent.Progress(request, 100));
            return new CardFacts(CardFingerprint.of(certificate.der()), certificate.certificate(),
                    identity.signatureCertificatePresent(), auth, sign);
        };
    }

    /** One attempt; after a correct PIN, the certificate again and the possession proof, in the same transaction. */
    static CardWork<PinOutcome> verify(char[] pin, boolean lastTryConfirmed) {
        return session -> {
            try {
                JpkiReader jpki = new JpkiReader(session.transport());
                PinAttempt attempt = jpki.pinVerifier().attempt(PinKind.AUTH, pin, lastTryConfirmed);
                if (!(attempt instanceof PinAttempt.Verified)) {
                    return outcome(attempt);
                }
                CardCertificate certificate = jpki.readAuthCertificate();
                boolean proven = jpki.possessionProof().prove(certificate.certificate()).verified();
                return new PinOutcome.Verified(CardFingerprint.of(certificate.der()), certificate.certificate(),
                        proven);
            } finally {
                Arrays.fill(pin, '\0');
            }
        };
    }

    static CardWork<CardFingerprint> fingerprint() {
        return session -> {
            JpkiReader jpki = new JpkiReader(session.transport());
            jpki.identify();
            return CardFingerprint.of(jpki.readAuthCertificate().der());
        };
    }

    private static PinOutcome outcome(PinAttempt attempt) {
        if (attempt instanceof PinAttempt.WrongPin wrong) {
            return new PinOutcome.Wrong(wrong.triesLeft());
        } else if (attempt instanceof PinAttempt.Blocked) {
            return new PinOutcome.Blocked();
        } else if (attempt instanceof PinAttempt.ConfirmationRequired required) {
            return new PinOutcome.ConfirmationRequired(required.triesLeft());
        } else if (attempt instanceof PinAttempt.TriesUnknown) {
            return new PinOutcome.TriesUnknown();
        } else if (attempt instanceof PinAttempt.Unconfirmed unconfirmed) {
            return new PinOutcome.Unconfirmed(unconfirmed.now());
        } else if (attempt instanceof PinAttempt.FormatRejected) {
            return new PinOutcome.FormatRejected();
        }
        throw new IllegalStateException("a verified attempt has its own outcome: " + attempt);
    }
}
