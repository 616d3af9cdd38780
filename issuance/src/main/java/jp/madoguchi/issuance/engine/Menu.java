package jp.madoguchi.issuance.engine;

import java.time.Instant;
import java.util.List;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/** The answer to a {@link MenuQuery}: every certificate type, in catalogue order. */
public record Menu(MunicipalityCode municipality, Instant at, List<MenuItem> items) {
    public Menu {
        items = List.copyOf(items);
    }
}
