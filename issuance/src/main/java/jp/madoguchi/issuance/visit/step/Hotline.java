package jp.madoguchi.issuance.visit.step;

import java.util.List;
import java.util.Objects;

/**
 * A phone line on the help screen: its number, what it is for, whether the call is free, its hours by language,
 * whether it answers now in the resident's language (or, if it does not serve that language, in any), and the paid
 * numbers to try when it cannot be reached.
 */
public record Hotline(String number, HotlinePurpose purpose, boolean free, List<HotlineHours> hours, boolean openNow,
        List<Hotline> fallbacks) {
    public Hotline {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(purpose, "purpose");
        hours = List.copyOf(hours);
        fallbacks = List.copyOf(fallbacks);
    }
}
