package vn.tiendo.plan.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds session lengths: {@code 01 ngày}, {@code 1,5 ngày} (comma decimal), {@code 01 buổi} and
 * {@code một buổi} (half a day each), {@code nửa ngày}, {@code 1/2 ngày}, {@code 1 ngày rưỡi},
 * also glued to the number ({@code 01buổi}), and across a line wrapped by a PDF copy unless the
 * next line opens with a date (a headline ending in "Trung ương 9" above "Ngày 10/3, ..." is no
 * length of nine days).
 *
 * <p>Relative periods are not session lengths: {@code sau 15 ngày}, {@code trong vòng 30 ngày kể
 * từ ...}, {@code trước 05 ngày}; neither is anything longer than ten days.
 */
final class DurationScanner {
    record Duration(int start, int end, BigDecimal days) {}

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MAX_DAYS = BigDecimal.TEN;

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d,./])(\\d{1,2}(?:[.,]\\d{1,2})?|1[ \\t]*/[ \\t]*2)"
            // a line wrapped by a PDF copy ("học tập trong 1,5\\nngày"), but not a date opening
            // the next line ("Trung ương 9\\nNgày 10/3, ...")
            + "(?:[ \\t]*|[ \\t]*\\n[ \\t]*(?=(?:ngay|buoi)\\b(?![ \\t]*\\d)))"
            + "(ngay|buoi)\\b([ \\t]*ruoi\\b)?");
    private static final Pattern WORD = Pattern.compile("\\b(mot|hai|ba|nua)[ \\t]*(ngay|buoi)\\b([ \\t]*ruoi\\b)?");
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("\\b(?:sau|vong|truoc|cham nhat|qua|moi)\\s*$");
    private static final Pattern RELATIVE_AFTER =
            Pattern.compile("\\s*(?:ke\\s*tu|sau\\s*khi|truoc\\s*khi|lam\\s*viec)\\b");

    private DurationScanner() {}

    static List<Duration> scan(String fold) {
        List<Duration> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(fold);
        while (m.find()) {
            ParseBudget.check();
            String n = m.group(1).replaceAll("\\s", "");
            BigDecimal value = n.equals("1/2") ? HALF : new BigDecimal(n.replace(',', '.'));
            add(fold, m, value, out);
        }
        m = WORD.matcher(fold);
        while (m.find()) {
            BigDecimal count =
                    switch (m.group(1)) {
                        case "mot" -> BigDecimal.ONE;
                        case "hai" -> BigDecimal.valueOf(2);
                        case "ba" -> BigDecimal.valueOf(3);
                        default -> null; // "nửa": only "nửa ngày" is a length
                    };
            if (count != null) {
                add(fold, m, count, out);
            } else if (m.group(2).equals("ngay")) {
                out.add(new Duration(m.start(), m.end(), HALF));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static void add(String fold, Matcher m, BigDecimal count, List<Duration> out) {
        int before = Math.max(0, m.start() - 15);
        if (RELATIVE_BEFORE.matcher(fold).region(before, m.start()).find()
                || RELATIVE_AFTER.matcher(fold).region(m.end(), fold.length()).lookingAt()) {
            return;
        }
        BigDecimal days = m.group(2).equals("buoi") ? count.multiply(HALF) : count;
        if (m.group(3) != null && m.group(2).equals("ngay")) {
            days = days.add(HALF);
        }
        if (days.signum() <= 0 || days.compareTo(MAX_DAYS) > 0) {
            return;
        }
        out.add(new Duration(m.start(), m.end(), normalise(days)));
    }

    /** {@code 1.0} → {@code 1}, {@code 0.50} → {@code 0.5}, never {@code 1E+1}. */
    private static BigDecimal normalise(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
