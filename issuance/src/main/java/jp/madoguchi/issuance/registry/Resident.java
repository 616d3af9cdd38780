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
 * {@code cardSince} is the day the person's card or its 利用者証明用 certificate was issued, or its 継続利用 after a
 * 転入 was registered, when the registry knows it (kiosks serve the card from the next day); {@code noTaxRecord}
 * lists the 年度 for which the municipality holds no 課税資料 for them although they lived there (no income declared).
 * {@code street} is the rest of the 住所 after the municipality (町名・番地・方書) as the certificate prints it; empty when
 * the registry gives none.
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
        Set<ResidentFlag> flags,
        Optional<LocalDate> cardSince,
        Set<Integer> noTaxRecord,
        String street) {

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
        Objects.requireNonNull(cardSince, "cardSince");
        noTaxRecord = Set.copyOf(noTaxRecord);
        Objects.requireNonNull(street, "street");
        if (nationality.isJapanese() != koseki.isPresent()) {
            throw new IllegalArgumentException("Japanese nationals have a 戸籍 (koseki) and foreign residents do not");
        }
    }

    /** A person of whom the registry knows no card date and no missing tax record. */
    public Resident(String id, String name, LocalDate birthDate, MunicipalityCode address, LocalDate residentSince,
            String householdId, boolean householdHead, Optional<KosekiEntry> koseki, Nationality nationality,
            SealRegistration seal, Set<ResidentFlag> flags) {
        this(id, name, birthDate, address, residentSince, householdId, householdHead, koseki, nationality, seal, flags,
                Optional.empty(), Set.of(), "");
    }

    /** A person whose 住所 the registry gives as the municipality alone. */
    public Resident(String id, String name, LocalDate birthDate, MunicipalityCode address, LocalDate residentSince,
            String householdId, boolean householdHead, Optional<KosekiEntry> koseki, Nationality nationality,
            SealRegistration seal, Set<ResidentFlag> flags, Optional<LocalDate> cardSince, Set<Integer> noTaxRecord) {
        this(id, name, birthDate, address, residentSince, householdId, householdHead, koseki, nationality, seal, flags,
                cardSince, noTaxRecord, "");
    }

    /** Age on {@code date}; Period counts a 29 February birthday as reached on 1 March, as 年齢計算ニ関スル法律 does. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public boolean has(ResidentFlag flag) {
        return flags.contains(flag);
    }
}
