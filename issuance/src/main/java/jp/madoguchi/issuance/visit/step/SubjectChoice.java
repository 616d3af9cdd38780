package jp.madoguchi.issuance.visit.step;

import java.util.Objects;

/**
 * A person the certificate may be for: the registry's id (an opaque reference, never a 個人番号) and the name the
 * resident sees on screen, as a kiosk does for 一部 (some members) of a household.
 */
public record SubjectChoice(String ref, String name, boolean self) {
    public SubjectChoice {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(name, "name");
    }
}
