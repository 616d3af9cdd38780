package jp.madoguchi.app.registry;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.madoguchi.app.output.document.MyNumberSource;
import jp.madoguchi.issuance.json.InputException;
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
    private final URI base;
    private final HttpClient http;
    private final Duration timeout;

    private HttpsResidentRegistry(URI base, HttpClient http, Duration timeout) {
        this.base = base;
        this.http = http;
        this.timeout = timeout;
    }

    public static HttpsResidentRegistry connect(RegistryEndpoint endpoint) throws IOException,
            GeneralSecurityException {
        HttpClient http = HttpClient.newBuilder().sslContext(RegistryTls.client(endpoint))
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(endpoint.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        return new HttpsResidentRegistry(endpoint.url(), http, endpoint.timeout());
    }

    /** Whether the registry answers its health call: empty when it does, else what failed. */
    public Optional<String> problem() {
        try {
            get(RegistryProtocol.HEALTH, "GET " + RegistryProtocol.HEALTH)
                    .orElseThrow(() -> new RegistryUnavailableException(base + " has no " + RegistryProtocol.HEALTH));
            return Optional.empty();
        } catch (RegistryUnavailableException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public Optional<Resident> find(String residentId) {
        return get(RegistryProtocol.RESIDENTS + path(residentId), "GET /v1/residents/{id}")
                .map(body -> read(() -> RegistryProtocol.readResident(body), "GET /v1/residents/{id}"));
    }

    @Override
    public Optional<Resident> findByCardSubject(String cardSubject) {
        String body = RegistryProtocol.JSON.createObjectNode().put("cardSubject", cardSubject).toString();
        HttpRequest request = request(RegistryProtocol.CARD_HOLDER)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        String what = "POST " + RegistryProtocol.CARD_HOLDER;
        return send(request, what).map(answer -> read(() -> RegistryProtocol.readResident(answer), what));
    }

    @Override
    public Optional<RequesterFacts> requester(String residentId) {
        String what = "GET /v1/residents/{id}/requester";
        return get(RegistryProtocol.RESIDENTS + path(residentId) + RegistryProtocol.REQUESTER, what)
                .map(body -> read(() -> RegistryProtocol.readRequester(body), what));
    }

    @Override
    public List<Resident> household(String householdId) {
        String what = "GET /v1/households/{id}";
        return get(RegistryProtocol.HOUSEHOLDS + path(householdId), what)
                .map(body -> read(() -> RegistryProtocol.readMembers(body), what)).orElse(List.of());
    }

    @Override
    public List<Resident> koseki(String kosekiId) {
        String what = "GET /v1/koseki/{id}";
        return get(RegistryProtocol.KOSEKI + path(kosekiId), what)
                .map(body -> read(() -> RegistryProtocol.readMembers(body), what)).orElse(List.of());
    }

    /** Asked only for a document whose rules allow the item and whose resident chose it. */
    @Override
    public String myNumber(Resident subject) {
        String what = "GET /v1/residents/{id}/individual-number";
        JsonNode body = get(RegistryProtocol.RESIDENTS + path(subject.id()) + RegistryProtocol.INDIVIDUAL_NUMBER,
                what).orElseThrow(() -> new RegistryUnavailableException("registry has no 個人番号 for " + what));
        String number = body.path("individualNumber").asText("");
        if (!number.matches("[0-9]{12}")) {
            throw new RegistryUnavailableException("registry answered " + what + " without a 12-digit number");
        }
        return number;
    }

    private Optional<JsonNode> get(String path, String what) {
        return send(request(path).GET().build(), what);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "application/json");
    }

    private Optional<JsonNode> send(HttpRequest request, String what) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new RegistryUnavailableException("registry " + base.getAuthority() + " did not answer " + what
                    + " within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new RegistryUnavailableException("registry " + base.getAuthority() + " unreachable for " + what
                    + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("interrupted waiting for the registry on " + what);
        }
        try (InputStream in = response.body()) {
            byte[] bytes = in.readNBytes(RegistryProtocol.MAX_BODY + 1);
            if (response.statusCode() == 404) {
                return Optional.empty();
            }
            if (response.statusCode() != 200) {
                throw new RegistryUnavailableException("registry " + base.getAuthority() + " answered HTTP "
                        + response.statusCode() + " to " + what + errorCode(bytes));
            }
            if (bytes.length > RegistryProtocol.MAX_BODY) {
                throw new RegistryUnavailableException("registry answer to " + what + " is over 1 MiB");
            }
            return Optional.of(read(() -> RegistryProtocol.JSON.readTree(bytes), what));
        } catch (IOException e) {
            throw new RegistryUnavailableException("registry answer to " + what + " broke off: " + e.getMessage(), e);
        }
    }

    /** The error code of a protocol error body ({@code {"error": "maintenance"}}), for staff and the log. */
    private static String errorCode(byte[] body) {
        try {
            String code = RegistryProtocol.JSON.readTree(body).path("error").asText("");
            return code.matches("[a-z0-9-]{1,40}") ? " (" + code + ")" : "";
        } catch (IOException e) {
            return "";
        }
    }

    private interface Reading<T> {
        T read() throws IOException;
    }

    private static <T> T read(Reading<T> reading, String what) {
        try {
            return reading.read();
        } catch (JacksonException e) {
            throw notProtocol(what, e.getOriginalMessage());
        } catch (InputException e) {
            throw notProtocol(what, e.getMessage());
        } catch (IOException e) {
            throw new RegistryUnavailableException("registry answer to " + what + " unreadable: " + e.getMessage());
        }
    }

    private static RegistryUnavailableException notProtocol(String what, String why) {
        return new RegistryUnavailableException("registry answer to " + what + " is not protocol v"
                + RegistryProtocol.VERSION + ": " + why);
    }

    private static String path(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
