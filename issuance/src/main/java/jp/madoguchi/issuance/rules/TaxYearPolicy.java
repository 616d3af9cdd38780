package jp.madoguchi.issuance.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Which 年度 a tax certificate can be issued for: the newest {@code yearsOffered} ones, where a new 年度 becomes
 * available on {@code switchDate} (assessment is decided in June; before that the previous 年度 is the newest,
 * "切替期間中は前年度分のみ"). {@code switchedOn} holds the days a municipality announced for particular years
 * (旭川市 switched on 2024-06-10), each replacing {@code switchDate} in its year.
 */
public record TaxYearPolicy(int yearsOffered, MonthDay switchDate, List<LocalDate> switchedOn) {
    public TaxYearPolicy {
        if (yearsOffered < 1) {
            throw new IllegalArgumentException("at least one tax year must be offered");
        }
        switchedOn = List.copyOf(switchedOn);
        if (switchedOn.stream().map(LocalDate::getYear).distinct().count() != switchedOn.size()) {
            throw new IllegalArgumentException("one switch day per year: " + switchedOn);
        }
    }

    public TaxYearPolicy(int yearsOffered, MonthDay switchDate) {
        this(yearsOffered, switchDate, List.of());
    }

    public int newestYear(LocalDate date) {
        MonthDay from = switchDate;
        for (LocalDate day : switchedOn) {
            if (day.getYear() == date.getYear()) {
                from = MonthDay.from(day);
            }
        }
        return MonthDay.from(date).isBefore(from) ? date.getYear() - 1 : date.getYear();
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
