package jp.madoguchi.issuance.registry;

import java.util.Objects;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/**
 * A Japanese national's place in a 戸籍: its id, the 本籍地 that keeps it, and whether the person has made the
 * 本籍地利用登録 there (needed to get 戸籍 certificates at a kiosk while living elsewhere).
 */
public record KosekiEntry(String kosekiId, MunicipalityCode honseki, boolean useRegistered) {
    public KosekiEntry {
        Objects.requireNonNull(kosekiId, "kosekiId");
        Objects.requireNonNull(honseki, "honseki");
    }
}
