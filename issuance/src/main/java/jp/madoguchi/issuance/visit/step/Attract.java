package jp.madoguchi.issuance.visit.step;

import java.util.List;

/** The start screen between visits: choose a language (see the snapshot) and a service. No visit data exists. */
public record Attract(List<Service> services) implements VisitStep {
    public Attract {
        services = List.copyOf(services);
    }
}
