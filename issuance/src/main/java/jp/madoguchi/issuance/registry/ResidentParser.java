package jp.madoguchi.issuance.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.json.JsonInput;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/**
 * Reads a {@link Resident} from JSON or YAML, for the registry file and for facts given inline in a request. The
 * field names are documented in {@code docs/rules.md} ("Requester facts").
 */
public final class ResidentParser {
    public static final List<String> FIELDS = List.of("id", "name", "birthDate", "address", "street", "residentSince",
            "household", "householdHead", "koseki", "nationality", "residenceStatus", "seal", "flags", "cardSince",
            "noTaxRecord");
    private static final List<String> KOSEKI_FIELDS = List.of("id", "honseki", "useRegistration");

    private ResidentParser() {}

    public static Resident parse(JsonNode node, String path) {
        return parse(JsonInput.object(node, path, FIELDS));
    }

    /** Reads the resident fields of {@code in}, which may allow more fields than {@link #FIELDS}. */
    public static Resident parse(JsonInput in) {
        Optional<KosekiEntry> koseki = in.has("koseki") ? Optional.of(koseki(in)) : Optional.empty();
        String country = in.optionalText("nationality").orElse("JP");
        try {
            return new Resident(in.text("id"), in.optionalText("name").orElse(in.text("id")), in.date("birthDate"),
                    code(in, "address"), in.date("residentSince"), in.text("household"),
                    in.bool("householdHead", false),
                    koseki, new Nationality(country, in.optionalText("residenceStatus")),
                    in.has("seal") ? in.id("seal", SealRegistration.class, "seal state") : SealRegistration.NONE,
                    in.ids("flags", ResidentFlag.class, "flag"),
                    in.has("cardSince") ? Optional.of(in.date("cardSince")) : Optional.empty(), years(in),
                    in.optionalText("street").orElse("").strip());
        } catch (IllegalArgumentException e) {
            throw new InputException(in.path() + " (resident '" + in.optionalText("id").orElse("?") + "'): "
                    + e.getMessage());
        }
    }

    /** {@code noTaxRecord}: 年度 as integers, e.g. {@code [2025]}. */
    private static Set<Integer> years(JsonInput in) {
        JsonNode list = in.raw("noTaxRecord");
        Set<Integer> years = new TreeSet<>();
        if (list == null || list.isNull()) {
            return years;
        }
        if (!list.isArray()) {
            throw new InputException(in.path("noTaxRecord") + " must be a list of 年度 like [2025]");
        }
        for (JsonNode year : list) {
            if (!year.isInt() || year.asInt() < 1989 || year.asInt() > 2200) {
                throw new InputException(in.path("noTaxRecord") + " must list 年度 like 2025, got " + year);
            }
            years.add(year.asInt());
        }
        return years;
    }

    private static KosekiEntry koseki(JsonInput in) {
        JsonInput koseki = JsonInput.object(in.raw("koseki"), in.path("koseki"), KOSEKI_FIELDS);
        return new KosekiEntry(koseki.text("id"), code(koseki, "honseki"), koseki.bool("useRegistration", false));
    }

    private static MunicipalityCode code(JsonInput in, String field) {
        String text = in.text(field);
        String problem = MunicipalityCode.problemWith(text);
        if (problem != null) {
            throw new InputException(in.path(field) + ": " + problem);
        }
        return MunicipalityCode.parse(text);
    }
}
