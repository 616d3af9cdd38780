package jp.madoguchi.app.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentParser;
import jp.madoguchi.issuance.registry.ResidentWriter;

/**
 * Version 1 of the registry protocol (docs/registry.md, docs/registry-openapi.yaml): the paths and the JSON bodies,
 * shared by the kiosk's client and the reference server so the two cannot drift. Residents travel in the shape of
 * the registry file ({@link ResidentWriter}, {@link ResidentParser}).
 */
public final class RegistryProtocol {
    public static final int VERSION = 1;
    public static final String HEALTH = "/v1/health";
    public static final String CARD_HOLDER = "/v1/card-holder";
    public static final String RESIDENTS = "/v1/residents/";
    public static final String REQUESTER = "/requester";
    public static final String INDIVIDUAL_NUMBER = "/individual-number";
    public static final String HOUSEHOLDS = "/v1/households/";
    public static final String KOSEKI = "/v1/koseki/";
    public static final String OPENAPI = "/v1/openapi.yaml";
    /** Bodies larger than this are not the protocol's (a household of hundreds is still far below it). */
    public static final int MAX_BODY = 1 << 20;

    static final ObjectMapper JSON = new ObjectMapper();

    private RegistryProtocol() {}

    static ObjectNode resident(Resident resident) {
        ObjectNode body = JSON.createObjectNode();
        body.set("resident", ResidentWriter.write(resident));
        return body;
    }

    static ObjectNode requester(RequesterFacts facts) {
        ObjectNode body = JSON.createObjectNode();
        body.set("self", ResidentWriter.write(facts.self()));
        ArrayNode relatives = body.putArray("relatives");
        facts.relatives().forEach(person -> relatives.add(ResidentWriter.write(person)));
        return body;
    }

    static ObjectNode members(List<Resident> members) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode list = body.putArray("members");
        members.forEach(person -> list.add(ResidentWriter.write(person)));
        return body;
    }

    static ObjectNode error(String code, String message) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", code);
        body.put("message", message);
        return body;
    }

    static Resident readResident(JsonNode body) {
        return ResidentParser.parse(field(body, "resident"), "resident");
    }

    static RequesterFacts readRequester(JsonNode body) {
        return new RequesterFacts(ResidentParser.parse(field(body, "self"), "self"),
                readList(body, "relatives"));
    }

    static List<Resident> readMembers(JsonNode body) {
        return readList(body, "members");
    }

    private static List<Resident> readList(JsonNode body, String name) {
        JsonNode list = field(body, name);
        if (!list.isArray()) {
            throw new InputException(name + " must be a list");
        }
        List<Resident> people = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            people.add(ResidentParser.parse(list.get(i), name + "[" + i + "]"));
        }
        return people;
    }

    private static JsonNode field(JsonNode body, String name) {
        JsonNode value = body == null ? null : body.get(name);
        if (value == null || value.isNull()) {
            throw new InputException("the answer has no " + name);
        }
        return value;
    }
}
