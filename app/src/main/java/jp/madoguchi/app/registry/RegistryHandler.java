package jp.madoguchi.app.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.madoguchi.app.output.document.MyNumberSource;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reference server's routes, one per protocol path. The log names the route by its template and the status,
 * never an id, a card subject or anything answered.
 */
final class RegistryHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryHandler.class);
    private static final String JSON = "application/json";

    private final ResidentRegistry registry;
    private final MyNumberSource numbers;

    RegistryHandler(ResidentRegistry registry, MyNumberSource numbers) {
        this.registry = registry;
        this.numbers = numbers;
    }

    /** One answer: its status, the body, and the route's template for the log. */
    private record Answer(int status, byte[] body, String type, String route) {
        static Answer json(int status, JsonNode body, String route) {
            return new Answer(status, body.toString().getBytes(StandardCharsets.UTF_8), JSON, route);
        }

        static Answer notFound(String what, String route) {
            return json(404, RegistryProtocol.error("not-registered", what + " is not registered here"), route);
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Answer answer;
        try {
            answer = route(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), exchange);
        } catch (BadRequest e) {
            answer = Answer.json(400, RegistryProtocol.error("bad-request", e.getMessage()), "?");
        } catch (RuntimeException e) {
            LOG.error("Registry server failed on a {} request: {}", exchange.getRequestMethod(), e.toString());
            answer = Answer.json(500, RegistryProtocol.error("internal", "the registry server failed"), "?");
        }
        LOG.info("{} {} → {}", exchange.getRequestMethod(), answer.route(), answer.status());
        exchange.getResponseHeaders().set("Content-Type", answer.type());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer.body());
        }
    }

    private Answer route(String method, String path, HttpExchange exchange) throws IOException {
        if (path.equals(RegistryProtocol.HEALTH) && method.equals("GET")) {
            ObjectNode body = RegistryProtocol.JSON.createObjectNode().put("status", "ok")
                    .put("protocol", RegistryProtocol.VERSION);
            return Answer.json(200, body, path);
        }
        if (path.equals(RegistryProtocol.OPENAPI) && method.equals("GET")) {
            return new Answer(200, OpenApiDocument.bytes(), "application/yaml", path);
        }
        if (path.equals(RegistryProtocol.CARD_HOLDER) && method.equals("POST")) {
            String subject = body(exchange).path("cardSubject").asText("");
            if (subject.isBlank()) {
                throw new BadRequest("cardSubject is required");
            }
            return found(registry.findByCardSubject(subject), "the card", path);
        }
        if (!method.equals("GET")) {
            return Answer.json(405, RegistryProtocol.error("method-not-allowed", method + " " + path), "?");
        }
        if (path.startsWith(RegistryProtocol.RESIDENTS)) {
            return resident(path.substring(RegistryProtocol.RESIDENTS.length()));
        }
        if (path.startsWith(RegistryProtocol.HOUSEHOLDS)) {
            return Answer.json(200, RegistryProtocol.members(registry.household(
                    id(path.substring(RegistryProtocol.HOUSEHOLDS.length())))), "/v1/households/{id}");
        }
        if (path.startsWith(RegistryProtocol.KOSEKI)) {
            return Answer.json(200, RegistryProtocol.members(registry.koseki(
                    id(path.substring(RegistryProtocol.KOSEKI.length())))), "/v1/koseki/{id}");
        }
        return Answer.json(404, RegistryProtocol.error("no-such-path", path + " is not part of protocol v1"), "?");
    }

    private Answer resident(String rest) {
        if (rest.endsWith(RegistryProtocol.REQUESTER)) {
            String id = id(rest.substring(0, rest.length() - RegistryProtocol.REQUESTER.length()));
            String route = "/v1/residents/{id}/requester";
            return registry.requester(id).map(facts -> Answer.json(200, RegistryProtocol.requester(facts), route))
                    .orElseGet(() -> Answer.notFound("the resident", route));
        }
        if (rest.endsWith(RegistryProtocol.INDIVIDUAL_NUMBER)) {
            String id = id(rest.substring(0, rest.length() - RegistryProtocol.INDIVIDUAL_NUMBER.length()));
            String route = "/v1/residents/{id}/individual-number";
            return registry.find(id).map(person -> Answer.json(200, RegistryProtocol.JSON.createObjectNode()
                    .put("individualNumber", numbers.myNumber(person)), route))
                    .orElseGet(() -> Answer.notFound("the resident", route));
        }
        return found(registry.find(id(rest)), "the resident", "/v1/residents/{id}");
    }

    private static Answer found(Optional<Resident> resident, String what, String route) {
        return resident.map(person -> Answer.json(200, RegistryProtocol.resident(person), route))
                .orElseGet(() -> Answer.notFound(what, route));
    }

    /** One raw path segment, decoded: an id may hold any character, a '/' only percent-encoded. */
    private static String id(String raw) {
        if (raw.isEmpty() || raw.contains("/")) {
            throw new BadRequest("an id is one path segment");
        }
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(RegistryProtocol.MAX_BODY + 1);
            if (bytes.length > RegistryProtocol.MAX_BODY) {
                throw new BadRequest("the request body is over 1 MiB");
            }
            try {
                return RegistryProtocol.JSON.readTree(bytes);
            } catch (IOException e) {
                throw new BadRequest("the request body is not JSON");
            }
        }
    }

    /** A request that is not the protocol's: 400 with the reason. */
    private static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
