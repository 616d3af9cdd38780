package jp.madoguchi.card.virtual.holder;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import jp.madoguchi.card.pin.PinKind;
import jp.madoguchi.card.virtual.pki.CaGeneration;
import jp.madoguchi.card.virtual.pki.CertificatePlan;

/**
 * A fictional card holder: who they are, what they set at the counter and how their card was issued. Values
 * only; {@code VirtualMyNumberCard} turns one into a card and {@link TestPki} issues its certificates.
 *
 * @param id           fixture id, stable across releases ("default", "expired", ...; see {@link Holders})
 * @param residentId   20-character id used as the auth certificate's CN; the issuance registry keys on it
 * @param initialTries tries left on each PIN when the card is made (missing kinds start full)
 * @param myNumber     an obviously fake 12-digit 個人番号 (starts with 0000), readable only after PIN 0011
 */
public record Holder(String id, String residentId, Person person, HolderPins pins,
        Map<PinKind, Integer> initialTries, CaGeneration caGeneration, CertificatePlan certificates,
        CardVariant variant, String myNumber) {

    public Holder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(pins, "pins");
        Objects.requireNonNull(caGeneration, "caGeneration");
        Objects.requireNonNull(certificates, "certificates");
        Objects.requireNonNull(variant, "variant");
        if (residentId == null || residentId.length() != 20) {
            throw new IllegalArgumentException("residentId must have 20 characters");
        }
        if (myNumber == null || !myNumber.matches("0000\\d{8}")) {
            throw new IllegalArgumentException("myNumber must be an obviously fake 0000xxxxxxxx test number");
        }
        initialTries = fullTriesExcept(initialTries);
    }

    private static Map<PinKind, Integer> fullTriesExcept(Map<PinKind, Integer> given) {
        Map<PinKind, Integer> tries = new EnumMap<>(PinKind.class);
        for (PinKind kind : PinKind.values()) {
            int value = given.getOrDefault(kind, kind.maxTries());
            if (value < 0 || value > kind.maxTries()) {
                throw new IllegalArgumentException(kind.id() + " tries out of range: " + value);
            }
            tries.put(kind, value);
        }
        return Collections.unmodifiableMap(tries);
    }

    public int initialTries(PinKind kind) {
        return initialTries.get(kind);
    }

    public boolean hasSignCertificate() {
        return certificates.signCertificate();
    }

    /** CN of the signature certificate: the resident id with a SIGN prefix, also 20 characters. */
    public String signSubjectId() {
        return "JPKISIGN" + residentId.substring(8);
    }

    public Holder withInitialTries(PinKind kind, int tries) {
        Map<PinKind, Integer> changed = new EnumMap<>(initialTries);
        changed.put(kind, tries);
        return new Holder(id, residentId, person, pins, changed, caGeneration, certificates, variant, myNumber);
    }

    public Holder withVariant(CardVariant newVariant) {
        return new Holder(id, residentId, person, pins, initialTries, caGeneration, certificates, newVariant,
                myNumber);
    }

    public Holder withCertificates(CertificatePlan plan) {
        return new Holder(id, residentId, person, pins, initialTries, caGeneration, plan, variant, myNumber);
    }

    public Holder withCaGeneration(CaGeneration generation) {
        return new Holder(id, residentId, person, pins, initialTries, generation, certificates, variant, myNumber);
    }

    /** No PINs, no 個人番号: safe for any log. */
    @Override
    public String toString() {
        return "Holder[" + id + ", " + residentId + ", " + variant + ", " + caGeneration + "]";
    }
}
