package jp.madoguchi.app.doctor;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import jp.madoguchi.card.cert.RenewalStatus;

/**
 * The doctor's findings, shaped exactly like {@code doctor --json}:
 * {@code {"readers":[{"name","cardPresent","atr","card":{...},"problem"}]}}. {@code card} is null without a
 * card and when a present card could not be read.
 */
public record DoctorReport(List<Reader> readers) {
    public DoctorReport {
        readers = List.copyOf(readers);
    }

    /** True when some reader holds a card nothing could be read from: {@code doctor}'s own exit code. */
    public boolean anyCardUnreadable() {
        return readers.stream().anyMatch(Reader::cardUnreadable);
    }

    /**
     * One reader. {@code problem} is why a present card could not be read, or why it is not a usable My
     * Number card (then {@code card} still carries its type); null otherwise.
     */
    public record Reader(String name, boolean cardPresent, String atr, Card card, String problem) {
        boolean cardUnreadable() {
            return cardPresent && card == null;
        }
    }

    /** The card: type and label from EF 0006, tries for every PIN, the certificates readable without a PIN. */
    public record Card(String type, String tokenLabel, Pins pins, Certificates certificates,
            @JsonIgnore Checks checks) {}

    public record Pins(Tries auth, Tries sign, Tries kenhojo) {}

    /** {@code triesLeft} is null when the card would not say (e.g. the application is missing). */
    public record Tries(Integer triesLeft) {}

    public record Certificates(Certificate auth, Certificate authCa, Certificate signCa) {}

    /**
     * Dates are ISO-8601; sha256 is over the certificate's DER (the EF content trimmed to the DER length).
     * {@code chain} is the holder chain check for the auth certificate, the trust-anchor check for the CAs.
     */
    public record Certificate(String subject, String serial, String notBefore, String notAfter, String sha256,
            Chain chain) {}

    /**
     * A {@link jp.madoguchi.card.cert.ChainStatus} name, its English message and the issuing CA generation
     * (for a CA certificate its own; null when no configured anchor matched).
     */
    public record Chain(String status, String message, String issuerGeneration) {}

    /**
     * Findings only the text report and the staff screen show: the renewal window (in words, and as the status the
     * staff screen words itself) and whether a signature certificate exists.
     */
    public record Checks(String renewal, RenewalStatus renewalStatus, boolean signatureCertificatePresent) {}
}
