package jp.madoguchi.card.jpki;

import java.util.Objects;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.pin.PinTries;

/**
 * Everything readable without a PIN, taken in one pass: an immutable snapshot the UI binds to. The
 * signature certificate is not here; it needs the signature password ({@link JpkiReader#readSignatureCertificate}).
 */
public record CardReadout(
        CardIdentity identity,
        PinTries authTries,
        PinTries signTries,
        PinTries kenhojoTries,
        CardCertificate authCertificate,
        CardCertificate authCaCertificate,
        CardCertificate signCaCertificate) {

    public CardReadout {
        Objects.requireNonNull(identity, "identity");
        requireKind(authTries, PinKind.AUTH);
        requireKind(signTries, PinKind.SIGN);
        requireKind(kenhojoTries, PinKind.KENHOJO);
        Objects.requireNonNull(authCertificate, "authCertificate");
        Objects.requireNonNull(authCaCertificate, "authCaCertificate");
        Objects.requireNonNull(signCaCertificate, "signCaCertificate");
    }

    public PinTries tries(PinKind kind) {
        return switch (kind) {
            case AUTH -> authTries;
            case SIGN -> signTries;
            case KENHOJO -> kenhojoTries;
        };
    }

    private static void requireKind(PinTries tries, PinKind kind) {
        if (tries == null || tries.kind() != kind) {
            throw new IllegalArgumentException("expected tries for the " + kind.id() + " PIN, got " + tries);
        }
    }
}
