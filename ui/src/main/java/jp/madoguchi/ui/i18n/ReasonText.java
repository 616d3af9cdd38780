package jp.madoguchi.ui.i18n;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.madoguchi.issuance.engine.Reason;
import jp.madoguchi.issuance.visit.step.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a rules-engine {@link Reason} (its own key with named string parameters, e.g. {@code hours.outside} with
 * {@code hours="daily 06:30-23:00"}) into a kiosk {@link Message}: a bundle key with positional arguments. The
 * engine's keys are for operators and logs; the bundles hold fewer, resident-facing texts, so several engine keys
 * share one text. No FX here, so the mapping is tested without a toolkit.
 */
public final class ReasonText {
    private static final Logger LOG = LoggerFactory.getLogger(ReasonText.class);
    /** One day selector of {@code ServiceHours.describe()} with its windows: "weekdays 08:30-12:00,13:00-17:15". */
    private static final Pattern ENTRY = Pattern.compile("([a-z]+) (\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})((?:,[0-9:-]+)*)");

    /** {@code YearEndClosure.DEFAULT} as the engine writes it, the period every bundle spells out. */
    private static final String STANDARD_YEAR_END = "12/29-01/03";

    /** Engine keys whose kiosk text takes no argument. */
    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("municipality.unknown", "reason.serviceStopped"),
            Map.entry("municipality.out-of-service", "reason.serviceStopped"),
            Map.entry("version.none", "reason.serviceStopped"),
            Map.entry("certificate.not-offered", "reason.notOffered"),
            Map.entry("fee.unknown", "reason.supportMeasure"),
            Map.entry("closed.day", "reason.serviceStopped"),
            Map.entry("blocked.moving-out", "reason.movingOut"),
            Map.entry("blocked.support-measure", "reason.supportMeasure"),
            Map.entry("blocked.moved-in-today", "reason.movedInToday"),
            Map.entry("blocked.koseki-pending", "reason.familyRegisterPending"),
            Map.entry("blocked.card-today", "reason.cardNewToday"),
            Map.entry("tax.no-record", "reason.supportMeasure"),
            // Another person's situation (a spouse's 転出届, a household member's 支援措置) is never told: "counter only".
            Map.entry("blocked.others", "reason.supportMeasure"),
            Map.entry("residence.not-resident", "reason.notResident"),
            // A resident without 戸籍 (foreign nationals) has no 本籍 anywhere: the same text as "not here".
            Map.entry("residence.no-koseki", "reason.domicileElsewhere"),
            Map.entry("residence.honseki-elsewhere", "reason.domicileElsewhere"),
            Map.entry("subjects.unknown", "reason.selfOnly"),
            Map.entry("subjects.not-allowed", "reason.selfOnly"),
            Map.entry("seal.not-registered", "reason.sealNotRegistered"),
            Map.entry("seal.cancelled", "reason.sealCancelled"),
            Map.entry("option.never", "reason.optionNotOffered"),
            Map.entry("option.not-offered", "reason.optionNotOffered"),
            Map.entry("option.not-applicable", "reason.optionNotOffered"));

    private ReasonText() {}

    public static Message of(Reason reason) {
        Map<String, String> p = reason.params();
        return switch (reason.messageKey()) {
            case "hours.outside" -> hours(p.getOrDefault("hours", ""));
            case "hours.holiday" -> Message.of("reason.closedHoliday");
            // The bundles name 12/29-1/3 in each language's own way; another period gets the text without dates.
            case "closed.year-end" -> Message.of(p.getOrDefault("period", "").equals(STANDARD_YEAR_END)
                    ? "reason.closedYearEnd" : "reason.closedNewYear");
            // One number is what a page calls 約N日 (帯広市: 約5営業日): the text keeps "about"; a range is said as is.
            case "registration.honseki-use-missing" -> leadTime(p.getOrDefault("businessDays", "1-3"));
            case "closed.maintenance" -> Message.of("reason.closedMaintenance",
                    p.getOrDefault("until", "").replace('T', ' '));
            case "age.below-minimum" -> Message.of("reason.underMinimumAge", number(p.get("minimumAge")));
            case "tax.year-unavailable" -> Message.of("reason.taxYearUnavailable", number(p.get("year")));
            case "tax.not-on-record" -> Message.of("reason.taxNotOnRecord", number(p.get("year")));
            case "copies.out-of-range" -> Message.of("reason.maxCopies", number(p.get("max")));
            default -> plain(reason.messageKey());
        };
    }

    private static Message leadTime(String businessDays) {
        return businessDays.contains("-") ? Message.of("reason.domicileNotRegistered", businessDays.replace('-', '–'))
                : Message.of("reason.domicileNotRegisteredAbout", businessDays);
    }

    /** Whether {@link #of} has a text of its own for this engine key (the rest fall back to "not offered"). */
    public static boolean knows(String engineKey) {
        return PLAIN.containsKey(engineKey) || switch (engineKey) {
            case "hours.outside", "hours.holiday", "closed.year-end", "registration.honseki-use-missing",
                    "closed.maintenance", "age.below-minimum", "tax.year-unavailable", "tax.not-on-record",
                    "copies.out-of-range" -> true;
            default -> false;
        };
    }

    private static Message plain(String engineKey) {
        String key = PLAIN.get(engineKey);
        if (key == null) {
            // A newer engine may know more reasons than these bundles; the resident still sees that it is refused.
            LOG.warn("No kiosk text for rules-engine reason {}; showing the generic one", engineKey);
            return Message.of("reason.notOffered");
        }
        return Message.of(key);
    }

    /**
     * "weekdays 08:30-17:15" reads "weekdays only, 08:30–17:15"; any other hours read "outside the hours", with
     * the first declared day when there are several (the bundles have no text for a whole timetable). A day with a
     * break keeps its later windows in the second argument ("08:30" and "12:00, 13:00–17:15"), so every bundle's
     * "{0}–{1}" still reads right without a text of its own.
     */
    private static Message hours(String description) {
        Matcher entry = ENTRY.matcher(description);
        if (!entry.find()) {
            return Message.of("reason.serviceStopped");
        }
        boolean only = !entry.find(entry.end());
        entry.find(0);
        String key = only && entry.group(1).equals("weekdays") ? "reason.weekdaysOnly" : "reason.outsideHours";
        String later = entry.group(4).replace(",", ", ").replace('-', '–');
        return Message.of(key, entry.group(2), entry.group(3) + later);
    }

    private static Integer number(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
