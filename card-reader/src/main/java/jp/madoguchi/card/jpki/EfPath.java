package jp.madoguchi.card.jpki;

import java.util.Objects;
import jp.madoguchi.card.pin.PinKind;

/** An elementary file inside an application: what a SELECT AP + SELECT EF pair points at. */
public record EfPath(Application application, int fid) {
    public EfPath {
        Objects.requireNonNull(application, "application");
        if (fid < 0 || fid > 0xFFFF) {
            throw new IllegalArgumentException("EF id out of range: " + fid);
        }
    }

    public static EfPath jpki(int fid) {
        return new EfPath(Application.JPKI, fid);
    }

    /** Where a PIN's key reference lives: JPKI EF 0018/001B, Kenhojo EF 0011. */
    public static EfPath pin(PinKind kind) {
        return switch (kind) {
            case AUTH, SIGN -> jpki(kind.efId());
            case KENHOJO -> new EfPath(Application.KENHOJO, kind.efId());
        };
    }

    /** The private key a PIN unlocks: EF 0017 (auth) or 001A (sign). The Kenhojo PIN guards no JPKI key. */
    public static EfPath signingKey(PinKind keyOwner) {
        return switch (keyOwner) {
            case AUTH -> jpki(JpkiFile.AUTH_KEY);
            case SIGN -> jpki(JpkiFile.SIGN_KEY);
            case KENHOJO -> throw new IllegalArgumentException("the Kenhojo PIN unlocks no signing key");
        };
    }

    @Override
    public String toString() {
        return application + "/" + String.format("%04X", fid);
    }
}
