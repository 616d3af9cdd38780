package jp.madoguchi.issuance.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Which 年度 a tax certificate can be issued for: the newest {@code yearsOffered} ones, where a new 年度 becomes
 * available on {@code switchDate} (assessment is decided in June; before that the previous 年度 is the newest).
 */
public record TaxYearPolicy(int yearsOffered, MonthDay switchDate) {
    public TaxYearPolicy {
        if (yearsOffered < 1) {
            throw new IllegalArgumentException("at least one tax year must be offered");
        }
    }

    public int newestYear(LocalDate date) {
        return MonthDay.from(date).isBefore(switchDate) ? date.getYear() - 1 : date.getYear();
    }

    /** Newest first. */
    public List<Integer> yearsOn(LocalDate date) {
        int newest = newestYear(date);
        List<Integer> years = new ArrayList<>(yearsOffered);
        for (int i = 0; i < yearsOffered; i++) {
            years.add(newest - i);
        }
        return List.copyOf(years);
    }
}
