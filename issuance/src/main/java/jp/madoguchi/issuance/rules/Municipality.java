package jp.madoguchi.issuance.rules;

import java.util.Objects;

/** A municipality that runs コンビニ交付, as named in its rule file. */
public record Municipality(MunicipalityCode code, String name) {
    public Municipality {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name + " (" + code + ")";
    }
}
