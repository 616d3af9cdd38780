package jp.madoguchi.card.jpki;

import java.util.Objects;

/**
 * What the card says it is. {@code signatureCertificatePresent} is false for holders under 15, whose cards
 * carry no 署名用電子証明書 (EF 0008 byte 0 is not 8F).
 */
public record CardIdentity(CardType type, String tokenLabel, boolean signatureCertificatePresent) {
    public CardIdentity {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tokenLabel, "tokenLabel");
    }
}
