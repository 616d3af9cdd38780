package jp.madoguchi.app.bench;

import java.time.Instant;
import jp.madoguchi.card.apdu.ApduTransport;
import jp.madoguchi.card.cert.CertificateParser;
import jp.madoguchi.card.cert.ChainResult;
import jp.madoguchi.card.cert.ChainVerifier;
import jp.madoguchi.card.fault.CardFault;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.jpki.CardCertificate;
import jp.madoguchi.card.jpki.JpkiReader;
import jp.madoguchi.card.jpki.PinAttempt;
import jp.madoguchi.card.pin.PinKind;

/**
 * The kiosk's authentication, step by step as a visit does it: card detected → tries known → auth
 * certificate read and its chain verified → PIN verified → possession proof. Throws on any step that would
 * stop a visit, so the benchmark never times a failure.
 */
final class Authentication {
    private final ChainVerifier verifier;
    private final String testPin;

    Authentication(ChainVerifier verifier, String testPin) {
        this.verifier = verifier;
        this.testPin = testPin;
    }

    void run(ApduTransport transport) throws CardFaultException {
        JpkiReader card = new JpkiReader(transport);
        card.identify();
        if (card.queryTries(PinKind.AUTH).triesLeft() < 2) {
            throw fail("the auth PIN has fewer than 2 tries left; the benchmark will not risk a lock");
        }
        CardCertificate auth = card.readAuthCertificate();
        ChainResult chain = verifier.verify(auth.certificate(), Instant.now());
        if (!chain.valid()) {
            throw fail("auth certificate chain: " + chain);
        }
        PinAttempt attempt = card.pinVerifier().attempt(PinKind.AUTH, testPin.toCharArray(), false);
        if (!(attempt instanceof PinAttempt.Verified)) {
            throw fail("the test PIN was not accepted: " + attempt);
        }
        if (!card.possessionProof().prove(auth.certificate()).verified()) {
            throw fail("possession proof failed");
        }
    }

    private static CardFaultException fail(String detail) {
        return new CardFaultException(new CardFault.ProtocolError("bench", 0, detail));
    }

    static boolean isTestCard(byte[] der) {
        try {
            return CertificateParser.parse(der).getIssuerX500Principal().getName().contains("O=JPKI-TEST");
        } catch (RuntimeException | jp.madoguchi.card.cert.MalformedCertificateException e) {
            return false;
        }
    }
}
