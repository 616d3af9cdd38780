package jp.madoguchi.card.virtual;

import static jp.madoguchi.card.virtual.CardStatus.INCOMPATIBLE_WITH_FILE;
import static jp.madoguchi.card.virtual.CardStatus.NO_CURRENT_EF;
import static jp.madoguchi.card.virtual.CardStatus.SECURITY_NOT_SATISFIED;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_LENGTH;
import static jp.madoguchi.card.virtual.CardStatus.WRONG_P1P2;
import static jp.madoguchi.card.virtual.CardStatus.ok;
import static jp.madoguchi.card.virtual.CardStatus.status;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Optional;
import jp.madoguchi.card.apdu.CommandApdu;
import jp.madoguchi.card.apdu.ResponseApdu;

/**
 * COMPUTE DIGITAL SIGNATURE ({@code 80 2A 00 80 Lc <DigestInfo> 00}) with the key EF selected before. The card
 * pads the data as given with PKCS#1 v1.5 type 1 and signs it raw, so the host must send a DigestInfo
 * (docs/card.md, the virtual card's model). Only P1=00 is modelled. Data of 1..245 bytes (what fits a 2048-bit block) and Le=00
 * are required; anything else is 6700.
 */
final class ComputeDigitalSignature implements CardCommand {
    /** 256-byte modulus minus the 11 bytes of type-1 padding. */
    static final int MAX_DATA = 245;

    @Override
    public ResponseApdu execute(CommandApdu command, SecurityState session) {
        if (command.p1() != 0x00 || command.p2() != 0x80) {
            return status(WRONG_P1P2);
        }
        byte[] data = command.data();
        if (data.length == 0 || data.length > MAX_DATA || command.ne() != 256) {
            return status(WRONG_LENGTH);
        }
        Optional<CardFile> current = session.currentFile();
        if (current.isEmpty()) {
            return status(NO_CURRENT_EF);
        }
        if (!(current.get() instanceof CardFile.Key key)) {
            return status(INCOMPATIBLE_WITH_FILE);
        }
        if (!session.mayUse(key.guard())) {
            return status(SECURITY_NOT_SATISFIED);
        }
        return ok(sign(key, data));
    }

    private static byte[] sign(CardFile.Key key, byte[] data) {
        try {
            // NONEwithRSA = PKCS#1 v1.5 type 1 over the bytes as given, exactly what the card does.
            Signature rsa = Signature.getInstance("NONEwithRSA");
            rsa.initSign(key.privateKey());
            rsa.update(data);
            return rsa.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The JDK cannot sign with the card's RSA key", e);
        }
    }
}
