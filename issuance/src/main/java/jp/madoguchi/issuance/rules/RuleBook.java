package jp.madoguchi.issuance.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All municipalities a kiosk knows, compiled once and never changed; reload by building a new book. Municipalities
 * whose file was invalid are remembered as out of service so the kiosk can say so instead of "unknown".
 */
public final class RuleBook {
    private final Map<MunicipalityCode, RuleSet> byCode;
    private final List<RuleSet> inCodeOrder;
    private final Set<MunicipalityCode> outOfService;

    public RuleBook(Collection<RuleSet> ruleSets, Collection<MunicipalityCode> outOfService) {
        Map<MunicipalityCode, RuleSet> map = new HashMap<>();
        for (RuleSet set : ruleSets) {
            if (map.put(set.code(), set) != null) {
                throw new IllegalArgumentException("municipality " + set.code() + " defined twice");
            }
        }
        this.byCode = Map.copyOf(map);
        this.inCodeOrder = ruleSets.stream().sorted(Comparator.comparing(set -> set.code().value())).toList();
        this.outOfService = Set.copyOf(outOfService);
    }

    public Optional<RuleSet> ruleSet(MunicipalityCode code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean isOutOfService(MunicipalityCode code) {
        return outOfService.contains(code);
    }

    /** In code order, so listings never depend on file or hash order. */
    public List<RuleSet> ruleSets() {
        return inCodeOrder;
    }

    public Set<MunicipalityCode> outOfService() {
        return outOfService;
    }

    public int size() {
        return byCode.size();
    }
}
