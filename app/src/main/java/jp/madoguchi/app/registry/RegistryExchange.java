package jp.madoguchi.app.registry;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import jp.madoguchi.issuance.json.InputException;
import jp.madoguchi.issuance.registry.RegistryUnavailableException;

/**
 * One call to the registry and what its answer means: 200 with a JSON body, 404 as empty, and everything else as
 * {@link RegistryUnavailableException} naming the call ({@code what}: its method and path template) and the cause.
 */
final class RegistryExchange {
    private final URI base;
    private final HttpClient http;
    private final Duration timeout;

    RegistryExchange(URI base, HttpClient http, Duration timeout) {
        this.base = base;
        this.http = http;
        this.timeout = timeout;
    }

    Optional<JsonNode> get(String path, String what) {
        return send(request(path).GET().build(), what);
    }

    Optional<JsonNode> post(String path, String json, String what) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), what);
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

    interface Reading<T> {
        T read() throws IOException;
    }

    static <T> T read(Reading<T> reading, String what) {
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
}
