package jp.madoguchi.issuance.engine;

import java.time.LocalDate;
import java.util.List;
import jp.madoguchi.issuance.registry.Resident;
import jp.madoguchi.issuance.rules.CertificateRule;

/**
 * 年度 arithmetic for tax certificates. A municipality holds a person's record for 年度 Y only if they lived there
 * on 1 January of Y (賦課期日); someone who moved in later must ask their previous municipality. Nor when it has
 * no 課税資料 for them that year ("課税資料がない方…は取得できません", 千歳市; "所得の申告をしていない方", 鹿児島市).
 */
final class TaxYears {
    private TaxYears() {}

    static boolean onRecord(Resident person, int year) {
        return !person.residentSince().isAfter(LocalDate.of(year, 1, 1)) && !person.noTaxRecord().contains(year);
    }

    /** The offered 年度 this person has a record for, newest first. */
    static List<Integer> available(CertificateRule rule, Resident person, LocalDate date) {
        return rule.taxYears().map(policy -> policy.yearsOn(date).stream()
                .filter(year -> onRecord(person, year)).toList()).orElse(List.of());
    }

    /** The requested 年度, or by default the newest one on record (else the newest offered, which will be refused). */
    static int chosen(Case c) {
        return c.request().options().taxYear().orElseGet(() -> {
            List<Integer> available = available(c.rule(), c.self(), c.local().toLocalDate());
            return available.isEmpty() ? c.rule().taxYears().orElseThrow().newestYear(c.local().toLocalDate())
                    : available.get(0);
        });
    }
}
