package jp.madoguchi.issuance.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.issuance.engine.AvailableOptions;
import jp.madoguchi.issuance.engine.Decision;
import jp.madoguchi.issuance.engine.Menu;
import jp.madoguchi.issuance.engine.MenuItem;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.engine.ReasonMessages;
import jp.madoguchi.issuance.engine.RequestedOptions;
import jp.madoguchi.issuance.engine.RuleEngine;
import jp.madoguchi.issuance.engine.TraceEntry;
import jp.madoguchi.issuance.rules.CertificateOption;

/**
 * Writes decisions and menus as JSON trees with a fixed field order, so equal answers are equal bytes. Options are
 * written as {@code id -> allowed values}: {@code [false, true]} for a choosable item, a list of years for 年度.
 */
public final class DecisionWriter {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DecisionWriter() {}

    public static ObjectNode decision(Decision decision) {
        ObjectNode node = JSON.objectNode();
        node.put("allowed", decision.allowed());
        node.set("reasons", reasons(decision.reasons()));
        node.set("availableOptions", options(decision.availableOptions()));
        fee(node, decision.feePerCopy());
        node.put("feeTotal", decision.feeTotal());
        ArrayNode trace = node.putArray("trace");
        for (TraceEntry entry : decision.trace()) {
            trace.addObject().put("rule", entry.rule()).put("result", entry.outcome().id()).put("detail",
                    entry.detail());
        }
        return node;
    }

    public static ObjectNode menu(Menu menu) {
        ObjectNode node = JSON.objectNode();
        node.put("municipality", menu.municipality().value());
        node.put("at", OffsetDateTime.ofInstant(menu.at(), RuleEngine.TOKYO).toString());
        ArrayNode items = node.putArray("items");
        for (MenuItem item : menu.items()) {
            ObjectNode out = items.addObject();
            out.put("certificate", item.certificate().id()).put("name", item.certificate().label());
            if (item instanceof MenuItem.Available available) {
                out.put("available", true).put("feePerCopy", available.feePerCopy()).put("maxCopies",
                        available.maxCopies());
                out.set("availableOptions", options(available.availableOptions()));
            } else if (item instanceof MenuItem.Unavailable unavailable) {
                out.put("available", false);
                fee(out, unavailable.feePerCopy());
                out.set("reasons", reasons(unavailable.reasons()));
            }
        }
        return node;
    }

    private static void fee(ObjectNode node, Optional<Integer> feePerCopy) {
        feePerCopy.ifPresentOrElse(fee -> node.put("feePerCopy", fee), () -> node.putNull("feePerCopy"));
    }

    private static ArrayNode reasons(List<Reason> reasons) {
        ArrayNode array = JSON.arrayNode();
        for (Reason reason : reasons) {
            ObjectNode out = array.addObject().put("rule", reason.rule()).put("messageKey", reason.messageKey());
            ObjectNode params = out.putObject("params");
            reason.params().forEach(params::put);
            out.put("message", ReasonMessages.render(reason));
        }
        return array;
    }

    private static JsonNode options(AvailableOptions available) {
        ObjectNode node = JSON.objectNode();
        for (CertificateOption option : available.options()) {
            node.putArray(option.id()).add(false).add(true);
        }
        if (!available.taxYears().isEmpty()) {
            ArrayNode years = node.putArray(RequestedOptions.TAX_YEAR);
            available.taxYears().forEach(years::add);
        }
        return node;
    }
}
