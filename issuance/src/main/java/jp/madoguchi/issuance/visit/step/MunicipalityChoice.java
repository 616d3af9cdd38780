package jp.madoguchi.issuance.visit.step;

import java.util.Objects;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/** A municipality the resident may choose, with its name from the rule files (e.g. 播磨町). */
public record MunicipalityChoice(MunicipalityRole role, MunicipalityCode code, String name) {
    public MunicipalityChoice {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
