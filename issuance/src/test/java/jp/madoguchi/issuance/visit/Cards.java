package jp.madoguchi.issuance.visit;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;
import jp.madoguchi.card.virtual.holder.Holder;
import jp.madoguchi.card.virtual.holder.HolderCredentials;
import jp.madoguchi.card.virtual.holder.Holders;
import jp.madoguchi.card.virtual.holder.TestPki;
import jp.madoguchi.issuance.visit.card.CardFacts;
import jp.madoguchi.issuance.visit.card.CardFingerprint;
import jp.madoguchi.issuance.visit.card.PinOutcome;

/** What the virtual holders' cards would report, with certificates issued for the test clock's day. */
final class Cards {
    private Cards() {}

    static CardFacts facts(String holderId, Clock clock) {
        return facts(Holders.byId(holderId), clock);
    }

    static CardFacts facts(Holder holder, Clock clock) {
        X509Certificate certificate = certificate(holder, clock);
        return new CardFacts(fingerprint(certificate), certificate, holder.hasSignCertificate(),
                new PinTries(PinKind.AUTH, holder.initialTries(PinKind.AUTH)),
                new PinTries(PinKind.SIGN, holder.initialTries(PinKind.SIGN)));
    }

    static CardFacts withTries(CardFacts facts, int auth, int sign) {
        return new CardFacts(facts.fingerprint(), facts.authCertificate(), facts.signatureCertificatePresent(),
                new PinTries(PinKind.AUTH, auth), new PinTries(PinKind.SIGN, sign));
    }

    /** The card accepted the PIN and proved possession of the key. */
    static PinOutcome.Verified verified(CardFacts facts) {
        return new PinOutcome.Verified(facts.fingerprint(), facts.authCertificate(), true);
    }

    static X509Certificate certificate(Holder holder, Clock clock) {
        HolderCredentials credentials = TestPki.standard().issue(holder, clock);
        return credentials.authCertificate();
    }

    static CardFingerprint fingerprint(X509Certificate certificate) {
        try {
            return CardFingerprint.of(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new AssertionError(e);
        }
    }
}
