package jp.madoguchi.issuance.visit;

import java.time.Instant;
import java.util.OptionalInt;
import jp.madoguchi.card.cert.ChainResult;
import jp.madoguchi.card.cert.RenewalStatus;
import jp.madoguchi.card.cert.RenewalWindow;
import jp.madoguchi.card.pin.PinTries;
import jp.madoguchi.issuance.visit.card.CardFacts;
import jp.madoguchi.issuance.visit.step.CardCheckResult;
import jp.madoguchi.issuance.visit.step.CardValidity;

/** The card check service's result: everything readable without a PIN, as the resident should see it. */
final class CardCheck {
    private CardCheck() {}

    static CardCheckResult result(CardFacts facts, ChainResult chain, Instant now, boolean cardPresent) {
        RenewalWindow window = RenewalWindow.of(facts.authCertificate());
        return new CardCheckResult(validity(chain), CardProblems.japanDate(facts.authCertificate().getNotAfter()),
                window.opensOn(), window.status(now) instanceof RenewalStatus.Open, tries(facts.authTries()),
                facts.signatureCertificatePresent() ? tries(facts.signatureTries()) : OptionalInt.empty(),
                facts.signatureCertificatePresent(), cardPresent);
    }

    private static CardValidity validity(ChainResult chain) {
        return switch (chain.status()) {
            case VALID -> CardValidity.VALID;
            case EXPIRED -> CardValidity.EXPIRED;
            case NOT_YET_VALID -> CardValidity.NOT_YET_VALID;
            case REVOKED -> CardValidity.REVOKED;
            case UNTRUSTED, INVALID_USAGE, UNSUPPORTED_KEY, MALFORMED -> CardValidity.UNTRUSTED;
        };
    }

    private static OptionalInt tries(PinTries tries) {
        return tries.reported() ? OptionalInt.of(tries.triesLeft()) : OptionalInt.empty();
    }
}
