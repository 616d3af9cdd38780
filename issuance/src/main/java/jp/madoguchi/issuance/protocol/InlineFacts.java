package jp.madoguchi.issuance.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.json.JsonInput;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentParser;

/**
 * Requester facts written into the request instead of looked up: the requester's own resident fields plus
 * {@code relatives}, the household and 戸籍 members a request may name as subjects.
 */
final class InlineFacts {
    private static final List<String> FIELDS = Stream.concat(ResidentParser.FIELDS.stream(),
            Stream.of("relatives")).toList();

    private InlineFacts() {}

    static RequesterFacts read(JsonNode node, String path) {
        JsonInput in = JsonInput.object(node, path, FIELDS);
        JsonNode list = in.raw("relatives");
        List<Resident> relatives = new ArrayList<>();
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new InputException(in.path("relatives") + " must be a list of residents");
            }
            for (int i = 0; i < list.size(); i++) {
                relatives.add(ResidentParser.parse(list.get(i), in.path("relatives") + "[" + i + "]"));
            }
        }
        return new RequesterFacts(ResidentParser.parse(in), relatives);
    }
}
