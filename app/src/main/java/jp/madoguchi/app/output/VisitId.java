package jp.madoguchi.app.output;

import java.util.Objects;
import java.util.UUID;

/**
 * One resident's visit at the kiosk, from card to receipt. Every journal record, issued document and print job is
 * bound to one; a document whose visit id differs from the visit being served is never printed.
 */
public record VisitId(String value) {
    public VisitId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9-]{8,64}")) {
            throw new IllegalArgumentException("visit id must be 8-64 letters, digits or '-', got '" + value + "'");
        }
    }

    public static VisitId random() {
        return new VisitId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
