package vn.tiendo.plan.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A date written in the text, possibly without a year. For a range ({@code 14 - 15/6/2021},
 * {@code từ 23/7 đến 25/7/2020}, {@code từ tháng 10 đến tháng 12/2021}) it is the last day; for a
 * month ({@code trong tháng 3/2021}), a quarter ({@code quý II/2021}), a half-year
 * ({@code 6 tháng đầu năm 2021}) or a year end ({@code cuối năm 2021}) it is the last day of that
 * period, since "in March" as a deadline means "by 31 March". A relative deadline
 * ({@code trong vòng 30 ngày kể từ ngày ban hành}) counts from the date of issue.
 *
 * @param start index of the first char in the folded text
 * @param end index after the last char
 * @param day day of month, or 0 for the last day of the month
 * @param year the year as written, or null when the text leaves it out
 * @param kind what was written
 * @param amount for {@link Kind#RELATIVE}: how many {@code unit}s after the date of issue
 */
record DateMention(int start, int end, int day, int month, Integer year, Kind kind, int amount, ChronoUnit unit) {

    enum Kind {
        /** A day: {@code 31/10/2020}. */
        DAY,
        /** A month: {@code tháng 3/2021}. */
        MONTH,
        /** A quarter, half-year or year: {@code quý II/2021}, {@code cuối năm 2021}. */
        PERIOD,
        /** Counted from the date of issue: {@code trong vòng 30 ngày kể từ ngày ban hành}. */
        RELATIVE
    }

    DateMention(int start, int end, int day, int month, Integer year) {
        this(start, end, day, month, year, day == 0 ? Kind.MONTH : Kind.DAY, 0, null);
    }

    static DateMention period(int start, int end, int month, Integer year) {
        return new DateMention(start, end, 0, month, year, Kind.PERIOD, 0, null);
    }

    static DateMention relative(int start, int end, int amount, ChronoUnit unit) {
        return new DateMention(start, end, 0, 0, null, Kind.RELATIVE, amount, unit);
    }

    DateMention at(int newStart, int newEnd) {
        return new DateMention(newStart, newEnd, day, month, year, kind, amount, unit);
    }

    boolean isRelative() {
        return kind == Kind.RELATIVE;
    }

    boolean hasYear() {
        return year != null;
    }

    /** The date in the given year, or null when there is no such day (31/6, 29/2/2021). */
    LocalDate in(int y) {
        try {
            return day == 0 ? YearMonth.of(y, month).atEndOfMonth() : LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The date with its own year, or null if it has none. */
    LocalDate date() {
        return year == null || isRelative() ? null : in(year);
    }

    /** The deadline counted from the date of issue. */
    LocalDate after(LocalDate issuedOn) {
        return issuedOn.plus(amount, unit);
    }

    /** The date as a person would write it, for warnings: {@code 31/10/2020}, {@code tháng 5}. */
    String display(int y) {
        return day == 0 ? "tháng " + month + "/" + y : day + "/" + month + "/" + y;
    }
}
