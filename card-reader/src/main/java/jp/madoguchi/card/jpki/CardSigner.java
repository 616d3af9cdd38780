package jp.madoguchi.card.jpki;

import java.io.ByteArrayOutputStream;
import jp.madoguchi.card.apdu.Hex;
import jp.madoguchi.card.apdu.ResponseApdu;
import jp.madoguchi.card.apdu.StatusWord;
import jp.madoguchi.card.fault.CardFaultException;
import jp.madoguchi.card.pin.PinKind;

/**
 * COMPUTE DIGITAL SIGNATURE with the auth (EF 0017) or sign (EF 001A) key. The card does the PKCS#1 v1.5
 * padding over what it is given, so the host sends a SHA-256 DigestInfo, as OpenSC and myna do.
 */
public final class CardSigner {
    /** DER prefix of DigestInfo { sha256, NULL } followed by the 32-byte digest (RFC 8017 §9.2 note 1). */
    private static final byte[] SHA256_DIGEST_INFO_PREFIX = Hex.parse("3031300d060960864801650304020105000420");
    private static final int SHA256_LENGTH = 32;
    /** RSA-2048 signatures are 256 bytes. */
    private static final int SIGNATURE_LENGTH = 256;

    private final JpkiSession session;

    public CardSigner(JpkiSession session) {
        this.session = session;
    }

    /**
     * Signs a SHA-256 digest with the key {@code keyOwner}'s PIN unlocks. The PIN must have been verified in
     * this session; otherwise nothing is sent (the card would answer 6982).
     */
    public byte[] sign(PinKind keyOwner, byte[] sha256Digest) throws CardFaultException {
        EfPath key = EfPath.signingKey(keyOwner);
        if (sha256Digest.length != SHA256_LENGTH) {
            throw new IllegalArgumentException("a SHA-256 digest is 32 bytes, got " + sha256Digest.length);
        }
        String operation = "Signing with the " + keyOwner.id() + " key";
        if (!session.isVerified(keyOwner)) {
            throw JpkiFaults.pinRequired(keyOwner, operation);
        }
        session.select(key);
        ResponseApdu response = session.transmit(JpkiCommands.computeSignature(digestInfo(sha256Digest)));
        if (response.expect(operation, StatusWord.OK, StatusWord.SECURITY_NOT_SATISFIED)
                == StatusWord.SECURITY_NOT_SATISFIED) {
            session.forgetVerified(keyOwner);
            throw JpkiFaults.pinRequired(keyOwner, operation);
        }
        if (response.dataLength() != SIGNATURE_LENGTH) {
            throw JpkiFaults.protocol(operation, response.sw(),
                    "expected a 256-byte RSA-2048 signature, got " + response.dataLength() + " bytes");
        }
        return response.data();
    }

    static byte[] digestInfo(byte[] sha256Digest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SHA256_DIGEST_INFO_PREFIX);
        out.writeBytes(sha256Digest);
        return out.toByteArray();
    }
}
