package jp.madoguchi.issuance.visit.port;

import java.util.Objects;

/** The number printed on one issued document, unique per kiosk; the journal keeps it, never the content. */
public record DocumentNumber(String value) {
    public DocumentNumber {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank document number");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
