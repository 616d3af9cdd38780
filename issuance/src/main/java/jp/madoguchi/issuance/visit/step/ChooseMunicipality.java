package jp.madoguchi.issuance.visit.step;

import java.util.List;

/** 住所地, and 本籍地 when it is elsewhere and registered for use. Choosing one opens its certificate menu. */
public record ChooseMunicipality(List<MunicipalityChoice> choices) implements VisitStep {
    public ChooseMunicipality {
        choices = List.copyOf(choices);
    }
}
