package jp.madoguchi.app.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.output.document.MyNumberSource;
import jp.madoguchi.issuance.registry.RegistryUnavailableException;
import jp.madoguchi.issuance.registry.RequesterFacts;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.registry.ResidentRegistry;

/**
 * The registry port over HTTPS with mutual TLS (protocol v1, {@link RegistryProtocol}). Every call asks the
 * server; nothing is cached, so nothing about a resident outlives the call that needed it. 404 means not
 * registered; anything else that is not a protocol answer (no connection, TLS refused, a timeout, a 5xx, a body
 * that does not parse) is {@link RegistryUnavailableException}, whose message names the call by its path template,
 * never by a resident's id or card.
 */
public final class HttpsResidentRegistry implements ResidentRegistry, MyNumberSource {
    private final RegistryExchange exchange;

    private HttpsResidentRegistry(RegistryExchange exchange) {
        this.exchange = exchange;
    }

    public static HttpsResidentRegistry connect(RegistryEndpoint endpoint) throws IOException,
            GeneralSecurityException {
        HttpClient http = HttpClient.newBuilder().sslContext(RegistryTls.client(endpoint))
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(endpoint.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new HttpsResidentRegistry(new RegistryExchange(endpoint.url(), http, endpoint.timeout()));
    }

    /** Whether the registry answers its health call: empty when it does, else what failed. */
    public Optional<String> problem() {
        try {
            exchange.get(RegistryProtocol.HEALTH, "GET " + RegistryProtocol.HEALTH)
                    .orElseThrow(() -> new RegistryUnavailableException("the registry has no " + RegistryProtocol.HEALTH));
            return Optional.empty();
        } catch (RegistryUnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Optional<Resident> find(String residentId) {
        return exchange.get(RegistryProtocol.RESIDENTS + path(residentId), "GET /v1/residents/{id}")
                .map(body -> RegistryExchange.read(() -> RegistryProtocol.readResident(body), "GET /v1/residents/{id}"));
    }

    @Override
    public Optional<Resident> findByCardSubject(String cardSubject) {
        String body = RegistryProtocol.JSON.createObjectNode().put("cardSubject", cardSubject).toString();
        String what = "POST " + RegistryProtocol.CARD_HOLDER;
        return exchange.post(RegistryProtocol.CARD_HOLDER, body, what)
                .map(answer -> RegistryExchange.read(() -> RegistryProtocol.readResident(answer), what));
    }

    @Override
    public Optional<RequesterFacts> requester(String residentId) {
        String what = "GET /v1/residents/{id}/requester";
        return exchange.get(RegistryProtocol.RESIDENTS + path(residentId) + RegistryProtocol.REQUESTER, what)
                .map(body -> RegistryExchange.read(() -> RegistryProtocol.readRequester(body), what));
    }

    @Override
    public List<Resident> household(String householdId) {
        String what = "GET /v1/households/{id}";
        return exchange.get(RegistryProtocol.HOUSEHOLDS + path(householdId), what)
                .map(body -> RegistryExchange.read(() -> RegistryProtocol.readMembers(body), what)).orElse(List.of());
    }

    @Override
    public List<Resident> koseki(String kosekiId) {
        String what = "GET /v1/koseki/{id}";
        return exchange.get(RegistryProtocol.KOSEKI + path(kosekiId), what)
                .map(body -> RegistryExchange.read(() -> RegistryProtocol.readMembers(body), what)).orElse(List.of());
    }

    /** Asked only for a document whose rules allow the item and whose resident chose it. */
    @Override
    public String myNumber(Resident subject) {
        String what = "GET /v1/residents/{id}/individual-number";
        JsonNode body = exchange.get(RegistryProtocol.RESIDENTS + path(subject.id()) + RegistryProtocol.INDIVIDUAL_NUMBER,
                what).orElseThrow(() -> new RegistryUnavailableException("registry has no 個人番号 for " + what));
        String number = body.path("individualNumber").asText("");
        if (!number.matches("[0-9]{12}")) {
            throw new RegistryUnavailableException("registry answered " + what + " without a 12-digit number");
        }
        return number;
    }

    private static String path(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
