package jp.madoguchi.app.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The protocol's OpenAPI document (docs/registry-openapi.yaml, packaged beside these classes). */
public final class OpenApiDocument {
    public static final String RESOURCE = "registry-openapi.yaml";

    private OpenApiDocument() {}

    public static byte[] bytes() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("packaged OpenAPI document missing: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
