package jp.madoguchi.issuance.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.Identified;
import jp.madoguchi.issuance.engine.IssuanceRequest;
import jp.madoguchi.issuance.engine.MenuQuery;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.json.JsonInput;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import jp.madoguchi.issuance.rules.CertificateOption;
import jp.madoguchi.issuance.rules.CertificateType;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/** Reads decision and menu requests; every mistake is an {@link InputException} naming the field. */
public final class RequestReader {
    private static final List<String> DECIDE_FIELDS =
            List.of("municipality", "at", "requester", "certificate", "subjects", "options", "copies");
    private static final List<String> MENU_FIELDS = List.of("municipality", "at", "requester");

    private final ResidentRegistry registry;

    public RequestReader(ResidentRegistry registry) {
        this.registry = registry;
    }

    public IssuanceRequest decision(JsonNode json) {
        JsonInput in = JsonInput.object(json, "request", DECIDE_FIELDS);
        // Read in document order, so the first mistake in the request is the one reported.
        MunicipalityCode municipality = municipality(in);
        Instant at = instant(in);
        RequesterFacts requester = requester(in);
        CertificateType certificate = in.id("certificate", CertificateType.class, "certificate type");
        return new IssuanceRequest(municipality, at, requester, certificate, in.texts("subjects"),
                options(in.raw("options"), in.path("options")), in.integer("copies", 0, 1000, 1));
    }

    public MenuQuery menu(JsonNode json) {
        JsonInput in = JsonInput.object(json, "request", MENU_FIELDS);
        return new MenuQuery(municipality(in), instant(in), requester(in));
    }

    private static MunicipalityCode municipality(JsonInput in) {
        String text = in.text("municipality");
        String problem = MunicipalityCode.problemWith(text);
        if (problem != null) {
            throw new InputException(in.path("municipality") + ": " + problem);
        }
        return MunicipalityCode.parse(text);
    }

    /** With an offset, or a local date-time taken as Asia/Tokyo. */
    private static Instant instant(JsonInput in) {
        String text = in.text("at");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(RuleEngine.TOKYO).toInstant();
            } catch (DateTimeException e) {
                throw new InputException(in.path("at") + " must be a time like 2026-12-30T10:00:00+09:00, got '"
                        + text + "'");
            }
        }
    }

    private RequesterFacts requester(JsonInput in) {
        JsonNode node = in.raw("requester");
        if (node != null && node.isObject() && node.size() == 1 && node.has("resident")) {
            String id = JsonInput.object(node, in.path("requester"), List.of("resident")).text("resident");
            return registry.requester(id).orElseThrow(() ->
                    new InputException(in.path("requester") + ".resident: no resident '" + id + "' in the registry"));
        }
        return InlineFacts.read(node, in.path("requester"));
    }

    private static RequestedOptions options(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return RequestedOptions.NONE;
        }
        if (!node.isObject()) {
            throw new InputException(path + " must be an object of option ids");
        }
        Set<CertificateOption> included = EnumSet.noneOf(CertificateOption.class);
        Optional<Integer> taxYear = Optional.empty();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String at = path + "." + field.getKey();
            if (field.getKey().equals(RequestedOptions.TAX_YEAR)) {
                if (!field.getValue().isInt()) {
                    throw new InputException(at + " must be a year like 2025, got " + field.getValue());
                }
                taxYear = Optional.of(field.getValue().asInt());
            } else {
                CertificateOption option = Identified.byId(CertificateOption.class, field.getKey())
                        .orElseThrow(() -> new InputException("unknown option " + at + "; expected one of: "
                                + Identified.idList(CertificateOption.class) + ", " + RequestedOptions.TAX_YEAR));
                if (!field.getValue().isBoolean()) {
                    throw new InputException(at + " must be true or false, got " + field.getValue());
                }
                if (field.getValue().asBoolean()) {
                    included.add(option);
                }
            }
        }
        return new RequestedOptions(included, taxYear);
    }
}
