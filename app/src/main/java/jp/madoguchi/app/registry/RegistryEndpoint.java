package jp.madoguchi.app.registry;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the municipality's resident registry answers and how the kiosk proves who it is: {@code url} (https only),
 * the kiosk's own client certificate and key (PEM; the key PKCS#8 or PKCS#1, unencrypted, readable by the kiosk
 * user only), and the CA that signed the registry server's certificate (PEM). The protocol is in
 * {@code docs/registry.md} and {@code docs/registry-openapi.yaml}.
 */
public record RegistryEndpoint(URI url, Path clientCertificate, Path clientKey, Path serverCa,
        Integer timeoutSeconds) {
    public RegistryEndpoint {
        Objects.requireNonNull(url, "registry.url");
        if (!"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("registry.url must be https://, got " + url);
        }
        Objects.requireNonNull(clientCertificate, "registry.clientCertificate");
        Objects.requireNonNull(clientKey, "registry.clientKey");
        Objects.requireNonNull(serverCa, "registry.serverCa");
        timeoutSeconds = timeoutSeconds == null ? 5 : timeoutSeconds;
        if (timeoutSeconds < 1 || timeoutSeconds > 60) {
            throw new IllegalArgumentException("registry.timeoutSeconds must be 1 to 60, got " + timeoutSeconds);
        }
    }

    /** How long one request may take before the registry counts as not answering. */
    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }
}
