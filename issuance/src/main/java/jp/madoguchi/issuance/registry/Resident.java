package jp.madoguchi.issuance.registry;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.madoguchi.issuance.rules.MunicipalityCode;

/**
 * What the registry knows about one person. {@code name} is for display only (sample names are fictional); the
 * engine decides on ids, dates and codes. Foreign residents have no 戸籍, Japanese nationals always have one.
 */
public record Resident(
        String id,
        String name,
        LocalDate birthDate,
        MunicipalityCode address,
        LocalDate residentSince,
        String householdId,
        boolean householdHead,
        Optional<KosekiEntry> koseki,
        Nationality nationality,
        SealRegistration seal,
        Set<ResidentFlag> flags) {

    public Resident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(residentSince, "residentSince");
        Objects.requireNonNull(householdId, "householdId");
        Objects.requireNonNull(seal, "seal");
        EnumSet<ResidentFlag> copy = EnumSet.noneOf(ResidentFlag.class);
        copy.addAll(flags);
        flags = Collections.unmodifiableSet(copy);
        if (nationality.isJapanese() != koseki.isPresent()) {
            throw new IllegalArgumentException("Japanese nationals have a 戸籍 (koseki) and foreign residents do not");
        }
    }

    /** Age on {@code date}; Period counts a 29 February birthday as reached on 1 March, as 年齢計算ニ関スル法律 does. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public boolean has(ResidentFlag flag) {
        return flags.contains(flag);
    }
}
