package jp.madoguchi.issuance.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * 国民の祝日 under the 祝日法 as in force from 2020 (天皇誕生日 2/23, スポーツの日), including the 2020/2021 Olympic
 * moves, 振替休日 and 国民の休日. Offices close on these days, so "weekdays" service is closed too. Equinox dates use
 * the usual approximation, exact for 1980-2099. Years are computed once and cached; the cache only grows.
 */
public final class NationalHolidays {
    private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

    private NationalHolidays() {}

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    public static Set<LocalDate> of(int year) {
        return BY_YEAR.computeIfAbsent(year, NationalHolidays::compute);
    }

    private static Set<LocalDate> compute(int y) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        days.add(LocalDate.of(y, 1, 1));
        days.add(nthMonday(y, 1, 2));
        days.add(LocalDate.of(y, 2, 11));
        days.add(LocalDate.of(y, 2, 23));
        days.add(LocalDate.of(y, 3, equinoxDay(y, 20.8431)));
        days.add(LocalDate.of(y, 4, 29));
        days.add(LocalDate.of(y, 5, 3));
        days.add(LocalDate.of(y, 5, 4));
        days.add(LocalDate.of(y, 5, 5));
        days.add(olympic(y, 7, 23, 7, 22, nthMonday(y, 7, 3)));
        days.add(olympic(y, 8, 10, 8, 8, LocalDate.of(y, 8, 11)));
        days.add(nthMonday(y, 9, 3));
        days.add(LocalDate.of(y, 9, equinoxDay(y, 23.2488)));
        days.add(olympic(y, 7, 24, 7, 23, nthMonday(y, 10, 2)));
        days.add(LocalDate.of(y, 11, 3));
        days.add(LocalDate.of(y, 11, 23));
        Set<LocalDate> holidays = new TreeSet<>(days);
        for (LocalDate day : days) {
            if (days.contains(day.plusDays(2)) && !days.contains(day.plusDays(1))) {
                holidays.add(day.plusDays(1)); // 国民の休日: sandwiched between two 祝日
            }
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                LocalDate substitute = day.plusDays(1);
                while (days.contains(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                holidays.add(substitute); // 振替休日
            }
        }
        return Collections.unmodifiableSet(holidays);
    }

    private static LocalDate nthMonday(int year, int month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    /** 海の日, 山の日 and スポーツの日 moved for the Tokyo Olympics in 2020 and 2021 only. */
    private static LocalDate olympic(int year, int m2020, int d2020, int m2021, int d2021, LocalDate usual) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, m2020, d2020);
            case 2021 -> LocalDate.of(2021, m2021, d2021);
            default -> usual;
        };
    }

    private static int equinoxDay(int year, double base) {
        int offset = year - 1980;
        return (int) Math.floor(base + 0.242194 * offset) - Math.floorDiv(offset, 4);
    }
}
