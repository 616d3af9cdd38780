package jp.madoguchi.app.doctor;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The doctor's findings, shaped exactly like {@code doctor --json}:
 * {@code {"readers":[{"name","cardPresent","atr","card":{...}}]}}. {@code card} is null without a card.
 */
public record DoctorReport(List<Reader> readers) {
    public DoctorReport {
        readers = List.copyOf(readers);
    }

    /**
     * One reader; {@code problem} says why a present card could not be read. The JSON keeps exactly the
     * documented keys, so findings beyond them appear only in the text report.
     */
    public record Reader(String name, boolean cardPresent, String atr, Card card, @JsonIgnore String problem) {}

    /** The card: type and label from EF 0006, tries for every PIN, the certificates readable without a PIN. */
    public record Card(String type, String tokenLabel, Pins pins, Certificates certificates,
            @JsonIgnore Checks checks) {}

    public record Pins(Tries auth, Tries sign, Tries kenhojo) {}

    /** {@code triesLeft} is null when the card would not say (e.g. the application is missing). */
    public record Tries(Integer triesLeft) {}

    public record Certificates(Certificate auth, Certificate authCa, Certificate signCa) {}

    /** Dates are ISO-8601; sha256 is over the certificate's DER (the EF content trimmed to the DER length). */
    public record Certificate(String subject, String serial, String notBefore, String notAfter, String sha256) {}

    /** Verification findings: chain status with the issuing CA generation, and the renewal window. */
    public record Checks(String chain, String issuerGeneration, String renewal, boolean signatureCertificatePresent) {}
}
