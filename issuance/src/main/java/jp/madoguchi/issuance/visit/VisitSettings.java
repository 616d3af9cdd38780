package jp.madoguchi.issuance.visit;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import jp.madoguchi.issuance.visit.port.SerialKey;
import jp.madoguchi.issuance.visit.step.Service;

/**
 * Timing, services and home language of the kiosk. No official inactivity timeout exists (docs/domain.md, the visit):
 * 60 s plus a 15 s warning follows office MFPs. {@code homeLanguage} is the language the kiosk starts in and every
 * visit's end returns to (Japanese unless the kiosk is configured otherwise); a resident's own choice lasts for their
 * visit only. {@code kiosk} names the machine in its journal. {@code serialKey} hashes certificate serials for the journal
 * (HMAC-SHA-256): secret and stable per kiosk, kept apart from the journal, and left out of {@link #toString()}.
 */
public record VisitSettings(
        Duration idleAfter,
        Duration idleWarning,
        Duration removeCardReminder,
        Duration takeDocumentsReminder,
        Duration thankYouFor,
        Duration abortedFor,
        Duration cardWorkTimeout,
        List<Service> services,
        Language homeLanguage,
        String kiosk,
        SerialKey serialKey) {

    public VisitSettings {
        for (Duration d : List.of(idleAfter, idleWarning, removeCardReminder, takeDocumentsReminder, thankYouFor,
                abortedFor, cardWorkTimeout)) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive, got " + d);
            }
        }
        services = List.copyOf(services);
        Objects.requireNonNull(homeLanguage, "homeLanguage");
        if (Objects.requireNonNull(kiosk, "kiosk").isBlank()) {
            throw new IllegalArgumentException("the kiosk id must not be blank");
        }
        Objects.requireNonNull(serialKey, "serialKey");
    }

    public static VisitSettings defaults(SerialKey serialKey) {
        return new VisitSettings(Duration.ofSeconds(60), Duration.ofSeconds(15), Duration.ofSeconds(10),
                Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
                List.of(Service.values()), Language.JAPANESE, "kiosk", serialKey);
    }

    public VisitSettings withIdle(Duration after, Duration warning) {
        return new VisitSettings(after, warning, removeCardReminder, takeDocumentsReminder, thankYouFor, abortedFor,
                cardWorkTimeout, services, homeLanguage, kiosk, serialKey);
    }

    /** The same settings with {@code language} as the kiosk's home language. */
    public VisitSettings withHomeLanguage(Language language) {
        return new VisitSettings(idleAfter, idleWarning, removeCardReminder, takeDocumentsReminder, thankYouFor,
                abortedFor, cardWorkTimeout, services, language, kiosk, serialKey);
    }

    /** The same settings for the kiosk named {@code id}, as its journal records every visit's start. */
    public VisitSettings withKiosk(String id) {
        return new VisitSettings(idleAfter, idleWarning, removeCardReminder, takeDocumentsReminder, thankYouFor,
                abortedFor, cardWorkTimeout, services, homeLanguage, id, serialKey);
    }

    /** Without the key. */
    @Override
    public String toString() {
        return "VisitSettings[idle " + idleAfter + " + " + idleWarning + ", remove reminder " + removeCardReminder
                + ", take reminder " + takeDocumentsReminder + ", thank-you " + thankYouFor + ", aborted "
                + abortedFor + ", card work " + cardWorkTimeout + ", services " + services + ", home language "
                + homeLanguage.tag() + ", kiosk " + kiosk + "]";
    }
}
