package vn.tiendo.plan.parse;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every date in the folded text and says which ones read as deadlines.
 *
 * <p>Forms: {@code 31/10/2020}, {@code 31-10-2020}, {@code 31.10.2020}, {@code 30/6} (no year),
 * {@code 20 tháng 11 năm 2021}, {@code ngày 4-12}, ranges {@code 14 - 15/6/2021} and
 * {@code 14/6 đến 15/6/2021}, months {@code tháng 3/2021} / {@code tháng 5}, quarters
 * {@code quý II/2021}. Spaces around separators are allowed because real documents have them.
 */
final class DateScanner {
    /** How strongly the words before a date say it is a deadline. */
    enum Trigger {
        NONE,
        /**
         * Opening a sentence about an event held then ("Sáng 5/3, Tỉnh ủy tổ chức hội nghị ..."):
         * a time only when nothing else in the tier is.
         */
        OPENING,
        WEAK,
        STRONG
    }

    /** Blanks inside a date: a few spaces or tabs, never a line break (and never an unbounded run). */
    private static final String S = "[ \\t]{0,3}";

    private static final String Y = "(?:" + S + "(?:/|-|\\.|,?" + S + "nam)" + S + "(\\d{4}))";
    private static final String DM = "(\\d{1,2})" + S + "/" + S + "(\\d{1,2})";
    private static final String TO = S + "(?:-|den(?:" + S + "het)?(?:" + S + "ngay)?)" + S;

    /** Patterns in priority order; a later pattern never takes text an earlier one matched. */
    private static final Pattern RANGE_FULL = Pattern.compile("(?<![\\d/.])" + DM + "(?:" + S + "/" + S + "(\\d{4}))?"
            + TO + DM + "(?:" + S + "/" + S + "(\\d{4}))?(?![\\d/])");

    /** {@code 23 - 24/11/2020}, {@code 23 đến 24/11}, and two days {@code ngày 01 và 02/3/2021}. */
    private static final Pattern RANGE_DAYS = Pattern.compile("(?<![\\d/.])(\\d{1,2})(?:" + TO + "|" + S + "va" + S
            + ")" + DM + "(?:" + S + "/" + S + "(\\d{4}))?(?![\\d/])");

    private static final Pattern LONG =
            Pattern.compile("(?<![\\d/])(\\d{1,2})" + S + "thang" + S + "(\\d{1,2})" + Y + "?(?![\\d/])");
    private static final Pattern NUMERIC_FULL = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})" + S + "([/.-])" + S + "(\\d{1,2})" + S + "\\2" + S + "(\\d{4})(?!\\d)");
    private static final Pattern NUMERIC_SHORT = Pattern.compile("(?<![\\d/.])(\\d{1,2})" + S + "/" + S
            + "(\\d{1,2})(?![\\d/]|\\.\\d|" + S + "/" + S + "\\d|" + S + "(?:ngay|buoi)\\b)");
    private static final Pattern NGAY_HYPHEN =
            Pattern.compile("\\bngay" + S + "(\\d{1,2})" + S + "-" + S + "(\\d{1,2})(?![\\d/-])");
    private static final Pattern MONTH =
            Pattern.compile("\\bthang" + S + "(\\d{1,2})" + Y + "?(?![\\d/]|" + S + "(?:ngay|buoi|thang)\\b)");
    private static final Pattern QUARTER = Pattern.compile("\\bquy" + S + "(iv|iii|ii|i|[1-4])\\b" + Y + "?(?![\\d/])");
    private static final Pattern RANGE_LONG = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})" + TO + "(\\d{1,2})" + S + "thang" + S + "(\\d{1,2})" + Y + "?(?![\\d/])");
    /** {@code 6 tháng đầu năm 2021} (by 30 June), {@code 6 tháng cuối năm 2021} (by 31 December). */
    private static final Pattern HALF =
            Pattern.compile("\\b(?:6|sau)" + S + "thang" + S + "(dau|cuoi)" + S + "nam" + S + "(\\d{4})\\b");
    /** {@code cuối năm 2021}, {@code hết năm 2021}, {@code trong năm 2021}: by 31 December. */
    private static final Pattern YEAR_END = Pattern.compile("\\b(?:cuoi|het|trong)" + S + "nam" + S + "(\\d{4})\\b");
    /** {@code trong vòng 30 ngày kể từ ngày ban hành}: counted from the date of issue. */
    private static final Pattern RELATIVE = Pattern.compile("\\b(?:trong" + S + "(?:vong|thoi" + S
            + "han)|cham" + S + "nhat|sau)" + S + "(\\d{1,3})" + S + "(ngay|tuan|thang)" + S
            + "(?:lam" + S + "viec" + S + ")?,?" + S + "(?:ke|tinh)" + S + "tu" + S + "(?:ngay" + S
            + ")?(?:ban" + S + "hanh|ky)\\b");
    /** Between the two ends of a range: {@code đến}, {@code đến hết}, {@code -}. */
    private static final Pattern JOIN =
            Pattern.compile(S + "(?:-|den(?:" + S + "het)?)" + S + "(?:(?:ngay|thang|quy)" + S + ")?");

    private static final Pattern TERM = Pattern.compile("nhiem\\s*ky[^\\d\\n]{0,20}(\\d{4})\\s*-\\s*(\\d{4})");

    private static final Pattern STRONG = Pattern.compile("\\b(?:truoc|hoan thanh|hoan tat|xong|den het"
            + "|cham nhat|han chot|thoi han|han)\\b\\W*(?:(?:ngay|la|vao|trong|thang|quy|tu|khoang|nam"
            + "|cuoi)\\b\\W*)*$");
    /**
     * Words that introduce a date as the time of a tier, then only linking words, or the session
     * length ("diễn ra trong 2 ngày (5 - 6/3)").
     */
    private static final Pattern WEAK = Pattern.compile("\\b(?:thoi gian|du kien|trong|vao|den|tu"
            + "|to chuc|dien ra|ket thuc|trien khai|khai mac|hop|dinh ky|thuong ky"
            + "|sinh hoat(?: chi bo| chuyen de)?)\\b\\W*(?:(?:ngay|la|vao|trong"
            + "|thang|quy|tu|khoang|nam|to chuc|dip|cuoi|\\d{1,2}(?:,\\d)? ?(?:ngay|buoi))\\b\\W*)*$");
    /**
     * A document's number just before the date ("Kế hoạch số 35-KH/TU ngày 08/01/2026"): the date
     * the document was issued, never a deadline (and the "TU" is no "từ").
     */
    private static final Pattern DOCUMENT_NUMBER =
            Pattern.compile("\\b\\d{1,4} ?- ?[a-z]{1,5}(?: ?/ ?[a-z0-9]{1,8}){1,2},? (?:ngay ?)?$");

    /** A line going on with a word, not an item ("a) ", "ii. ") nor a bullet or a number. */
    private static final Pattern CONTINUATION = Pattern.compile("[ \\t]{0,10}+(?![a-z][.)][ \\t]|[ivx]{1,4}\\.)[a-z]");
    /** Before a date opening its sentence: "Sáng", "Ngày", "Chiều ngày", or nothing. */
    private static final Pattern OPENING_WORDS =
            Pattern.compile("[*_ \\t]*(?:(?:sang|chieu|toi|trua)[ \\t]+)?(?:ngay[ \\t]*)?");
    /** ... and after it, in the same sentence, the event held. */
    private static final Pattern HELD = Pattern.compile(",[^.;\\n]{0,150}?\\b(?:to chuc|dien ra|khai mac)\\b");

    private static final Pattern NEXT_YEAR = Pattern.compile("\\s*\\)?\\s*(?:cua\\s*)?nam\\s*sau\\b");

    private final String fold;
    final List<DateMention> mentions;
    /** First year of the first {@code nhiệm kỳ 2020 - 2025} in the text, or null. */
    final Integer termYear;

    DateScanner(String fold) {
        this.fold = fold;
        this.mentions = scan(fold);
        Matcher t = TERM.matcher(fold);
        this.termYear = t.find() ? Integer.valueOf(t.group(1)) : null;
    }

    /** All dates in {@code [start, end)}, in text order. */
    List<DateMention> within(int start, int end) {
        List<DateMention> out = new ArrayList<>();
        int i = firstAtOrAfter(start);
        for (; i < mentions.size() && mentions.get(i).start() < end; i++) {
            out.add(mentions.get(i));
        }
        return out;
    }

    /**
     * The year a date without one belongs to: that of the nearest date written with a year before
     * it, else the first year of the term ({@code nhiệm kỳ 2020 – 2025}), else that of the nearest
     * date written with a year after it, else null.
     */
    Integer contextYear(int pos) {
        for (int i = firstAtOrAfter(pos) - 1; i >= 0; i--) {
            if (mentions.get(i).hasYear()) {
                return mentions.get(i).year();
            }
        }
        if (termYear != null) {
            return termYear;
        }
        // a news copy may carry its date only at the end: "(Báo Đà Nẵng, 11/3/2024)"
        for (int i = firstAtOrAfter(pos); i < mentions.size(); i++) {
            if (mentions.get(i).hasYear()) {
                return mentions.get(i).year();
            }
        }
        return null;
    }

    /** Whether the text right after the date says {@code năm sau} (the following year). */
    boolean saysNextYear(DateMention m) {
        return NEXT_YEAR
                .matcher(fold)
                .region(m.end(), Math.min(fold.length(), m.end() + 20))
                .lookingAt();
    }

    /** How the words just before the date (same line, up to 50 chars) introduce it. */
    Trigger trigger(DateMention m) {
        int from = Math.max(0, m.start() - 50);
        int nl = fold.lastIndexOf('\n', m.start() - 1);
        // a sentence wrapped by a PDF copy ("hoàn thành trước\nngày 15/4/2021") goes on
        from = Math.max(from, wrapped(nl) ? fold.lastIndexOf('\n', nl - 1) + 1 : nl + 1);
        if (isDocumentDate(m)) {
            return Trigger.NONE;
        }
        if (STRONG.matcher(fold).region(from, m.start()).find()) {
            return Trigger.STRONG;
        }
        if (WEAK.matcher(fold).region(from, m.start()).find()) {
            return Trigger.WEAK;
        }
        if (opensSentence(m)
                && HELD.matcher(fold).region(m.end(), fold.length()).lookingAt()) {
            return Trigger.OPENING;
        }
        // A quarter, half-year, year end or a count from the date of issue is hardly ever anything
        // but a deadline ("6 tháng đầu năm 2025, các tổ chức cơ sở đảng hoàn thành ...").
        return m.kind() == DateMention.Kind.PERIOD || m.isRelative() ? Trigger.WEAK : Trigger.NONE;
    }

    /**
     * Whether the line break at {@code nl} only wraps a sentence: the line before ends in a word,
     * a number or a comma, and the line after starts with a word, not with an item's marker.
     */
    private boolean wrapped(int nl) {
        if (nl <= 0) {
            return false;
        }
        int before = nl - 1;
        while (before >= 0 && (fold.charAt(before) == ' ' || fold.charAt(before) == '\t')) {
            before--;
        }
        return before >= 0
                && (Character.isLetterOrDigit(fold.charAt(before)) || fold.charAt(before) == ',')
                && CONTINUATION.matcher(fold).region(nl + 1, fold.length()).lookingAt();
    }

    /** Whether the date is a document's, right after its number ("số 35-KH/TU ngày ..."). */
    boolean isDocumentDate(DateMention m) {
        int from = Math.max(Math.max(0, m.start() - 50), fold.lastIndexOf('\n', m.start() - 1) + 1);
        return DOCUMENT_NUMBER.matcher(fold).region(from, m.start()).find();
    }

    /** Whether only {@link #OPENING_WORDS} stand between the date and its sentence's start. */
    private boolean opensSentence(DateMention m) {
        int limit = Math.max(0, m.start() - 20);
        int i = m.start() - 1;
        while (i >= limit && ".;!?\n".indexOf(fold.charAt(i)) < 0) {
            i--;
        }
        if (i < limit && limit > 0) {
            return false;
        }
        return OPENING_WORDS.matcher(fold).region(i + 1, m.start()).matches();
    }

    private int firstAtOrAfter(int pos) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static List<DateMention> scan(String fold) {
        List<DateMention> found = new ArrayList<>();
        boolean[] taken = new boolean[fold.length()];
        collect(
                fold,
                RELATIVE,
                taken,
                found,
                m -> DateMention.relative(
                        m.start(),
                        m.end(),
                        Integer.parseInt(m.group(1)),
                        switch (m.group(2)) {
                            case "ngay" -> ChronoUnit.DAYS;
                            case "tuan" -> ChronoUnit.WEEKS;
                            default -> ChronoUnit.MONTHS;
                        }));
        collect(fold, HALF, taken, found, m -> period(m, m.group(1).equals("dau") ? 6 : 12, year(m, 2)));
        collect(fold, YEAR_END, taken, found, m -> period(m, 12, year(m, 1)));
        collect(fold, RANGE_LONG, taken, found, m -> mention(m, 2, 3, year(m, 4)));
        collect(fold, RANGE_FULL, taken, found, m -> mention(m, 4, 5, year(m, 6, 3)));
        collect(fold, RANGE_DAYS, taken, found, m -> mention(m, 2, 3, year(m, 4)));
        collect(fold, LONG, taken, found, m -> mention(m, 1, 2, year(m, 3)));
        collect(fold, NUMERIC_FULL, taken, found, m -> mention(m, 1, 3, year(m, 4)));
        collect(fold, NUMERIC_SHORT, taken, found, m -> mention(m, 1, 2, null));
        collect(fold, NGAY_HYPHEN, taken, found, m -> mention(m, 1, 2, null));
        collect(fold, MONTH, taken, found, m -> month(m, Integer.parseInt(m.group(1)), year(m, 2)));
        collect(fold, QUARTER, taken, found, m -> period(m, 3 * quarter(m.group(1)), year(m, 2)));
        found.sort(Comparator.comparingInt(DateMention::start));
        return joinRanges(fold, found);
    }

    /**
     * Two dates joined by {@code đến} or {@code -} are one range, read as its last day
     * ({@code từ ngày 23/11 đến ngày 24/11/2020}, {@code từ tháng 10 đến tháng 12/2021}); the first
     * end's missing year comes from the second.
     */
    private static List<DateMention> joinRanges(String fold, List<DateMention> found) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : found) {
            DateMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null
                    && !last.isRelative()
                    && !d.isRelative()
                    && d.start() - last.end() <= 20
                    && JOIN.matcher(fold).region(last.end(), d.start()).matches()) {
                out.set(
                        out.size() - 1,
                        new DateMention(last.start(), d.end(), d.day(), d.month(), d.year(), d.kind(), 0, null));
            } else {
                out.add(d);
            }
        }
        return out;
    }

    private interface Reader {
        DateMention read(Matcher m);
    }

    private static void collect(String fold, Pattern p, boolean[] taken, List<DateMention> out, Reader reader) {
        Matcher m = p.matcher(fold);
        while (m.find()) {
            ParseBudget.check();
            // "ngày 4-12": the date is "4-12", so "ngày" stays visible to trigger().
            int s = p == NGAY_HYPHEN ? m.start(1) : m.start();
            int e = m.end();
            boolean free = true;
            for (int i = s; i < e && free; i++) {
                free = !taken[i];
            }
            if (!free) {
                continue;
            }
            DateMention d = reader.read(m);
            if (d == null) {
                continue;
            }
            d = d.at(s, e);
            for (int i = s; i < e; i++) {
                taken[i] = true;
            }
            out.add(d);
        }
    }

    private static final Integer BAD_YEAR = Integer.MIN_VALUE;

    /** The first of the given groups that holds a year; BAD_YEAR when it is implausible. */
    private static Integer year(Matcher m, int... groups) {
        for (int g : groups) {
            String s = m.group(g);
            if (s != null) {
                int y = Integer.parseInt(s);
                return y >= 1945 && y <= 2100 ? Integer.valueOf(y) : BAD_YEAR;
            }
        }
        return null;
    }

    private static DateMention mention(Matcher m, int dayGroup, int monthGroup, Integer year) {
        int day = Integer.parseInt(m.group(dayGroup));
        int month = Integer.parseInt(m.group(monthGroup));
        if (BAD_YEAR.equals(year) || day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        DateMention d = new DateMention(m.start(), m.end(), day, month, year);
        // A day that does not exist in that month (30/2) is not a date.
        return d.in(year == null ? 2000 : year) == null ? null : d;
    }

    private static DateMention month(Matcher m, int month, Integer year) {
        if (BAD_YEAR.equals(year) || month < 1 || month > 12) {
            return null;
        }
        return new DateMention(m.start(), m.end(), 0, month, year);
    }

    private static DateMention period(Matcher m, int month, Integer year) {
        if (BAD_YEAR.equals(year) || month < 1 || month > 12) {
            return null;
        }
        return DateMention.period(m.start(), m.end(), month, year);
    }

    private static int quarter(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
