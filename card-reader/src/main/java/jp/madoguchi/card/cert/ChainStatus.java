package jp.madoguchi.card.cert;

/** How a holder's certificate stands against the configured JPKI trust anchors at one instant. */
public enum ChainStatus {
    /** Issued by a configured CA generation, within both validity windows, not on a configured CRL. */
    VALID,
    /** The certificate (or its issuing CA) is past notAfter. */
    EXPIRED,
    /** The certificate (or its issuing CA) is before notBefore. */
    NOT_YET_VALID,
    /** Listed on a CRL signed by the same CA generation that issued it. */
    REVOKED,
    /** No configured anchor's key verifies the signature, even if the issuer DN matches. */
    UNTRUSTED,
    /** BasicConstraints or KeyUsage make no sense for a holder certificate or its issuer. */
    INVALID_USAGE,
    /** Signed by a configured CA, but the key is not RSA-2048, the only key JPKI puts on a card. */
    UNSUPPORTED_KEY,
    /** Not a parseable certificate, or an extension that cannot be read. */
    MALFORMED
}
