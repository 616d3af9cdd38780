package jp.madoguchi.card.jpki;

import java.security.SecureRandom;
import jp.madoguchi.card.apdu.ApduTransport;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;

/**
 * The JPKI facade the kiosk and {@code doctor} use: one per inserted card, on the reader's owner thread.
 *
 * <p>{@link #readPublic()} orders its reads so every application and EF is selected once:
 * JPKI AP → 0006 → 0008 → 0018 tries → 001B tries → 000A → 000B → 0002, then Kenhojo AP → 0011 tries.
 */
public final class JpkiReader {
    private final JpkiSession session;
    private final EfReader files;
    private final TriesQuery triesQuery;
    private final PinVerifier pinVerifier;
    private final CardSigner signer;

    public JpkiReader(ApduTransport transport) {
        this(new JpkiSession(transport));
    }

    public JpkiReader(JpkiSession session) {
        this.session = session;
        this.files = new EfReader(session);
        this.triesQuery = new TriesQuery(session);
        this.pinVerifier = new PinVerifier(session);
        this.signer = new CardSigner(session);
    }

    /** Is this a My Number card? Other JPKI tokens and cards without JPKI are refused as NotMyNumberCard. */
    public CardIdentity identify() throws CardFaultException {
        return new CardDetector(session, files).identify();
    }

    /** Tries left for a PIN, read without using one. */
    public PinTries queryTries(PinKind kind) throws CardFaultException {
        return triesQuery.query(kind);
    }

    /** Identity, every PIN's tries and the three public certificates, with no repeated SELECT. */
    public CardReadout readPublic() throws CardFaultException {
        CardIdentity identity = identify();
        PinTries auth = triesQuery.query(PinKind.AUTH);
        PinTries sign = triesQuery.query(PinKind.SIGN);
        CardCertificate authCertificate = readCertificate(JpkiFile.AUTH_CERT, null);
        CardCertificate authCa = readCertificate(JpkiFile.AUTH_CA_CERT, null);
        CardCertificate signCa = readCertificate(JpkiFile.SIGN_CA_CERT, null);
        PinTries kenhojo = triesQuery.query(PinKind.KENHOJO);
        return new CardReadout(identity, auth, sign, kenhojo, authCertificate, authCa, signCa);
    }

    /** Only the 利用者証明用電子証明書: what a visit needs before the PIN, with the fewest APDUs. */
    public CardCertificate readAuthCertificate() throws CardFaultException {
        return readCertificate(JpkiFile.AUTH_CERT, null);
    }

    /** The 署名用電子証明書. Refused without an APDU unless the signature password was verified. */
    public CardCertificate readSignatureCertificate() throws CardFaultException {
        if (!session.isVerified(PinKind.SIGN)) {
            throw JpkiFaults.pinRequired(PinKind.SIGN, "Reading the signature certificate");
        }
        return readCertificate(JpkiFile.SIGN_CERT, PinKind.SIGN);
    }

    public PinVerifier pinVerifier() {
        return pinVerifier;
    }

    public CardSigner signer() {
        return signer;
    }

    /** A possession proof with the auth key, using a fresh strong random source for each challenge. */
    public PossessionProof possessionProof() {
        return new PossessionProof(signer, new SecureRandom());
    }

    /** Forget the selection and PIN state after the card was reset or reconnected. */
    public void invalidate() {
        session.invalidate();
    }

    private CardCertificate readCertificate(int fid, PinKind guard) throws CardFaultException {
        EfPath file = EfPath.jpki(fid);
        return CardCertificate.parse(file, files.readDer(file, guard));
    }
}
