package vn.tiendo.plan.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A date written in the text, possibly without a year. For a range ({@code 14 - 15/6/2021},
 * {@code từ 23/7 đến 25/7/2020}) it is the last day; for a month ({@code trong tháng 3/2021}) or a
 * quarter ({@code quý II/2021}) it is the last day of that period, since "in March" as a deadline
 * means "by 31 March".
 *
 * @param start index of the first char in the folded text
 * @param end index after the last char
 * @param day day of month, or 0 for a month or quarter
 * @param year the year as written, or null when the text leaves it out
 */
record DateMention(int start, int end, int day, int month, Integer year) {

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
    return year == null ? null : in(year);
  }

  /** The date as a person would write it, for warnings: {@code 31/10/2020}, {@code tháng 5}. */
  String display(int y) {
    return day == 0 ? "tháng " + month + "/" + y : day + "/" + month + "/" + y;
  }
}
