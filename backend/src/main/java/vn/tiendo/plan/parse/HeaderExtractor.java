package vn.tiendo.plan.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plan's identity: number, date of issue, title and the resolution it is about. */
final class HeaderExtractor {
    private static final String KH_NUMBER = "(\\d{1,4})\\s*([-/])?\\s*(kh(?:\\s*[-/]\\s*[a-z0-9]{1,8}){1,2})\\b";
    /** The header line {@code Số 01-KH/TU} of an official document. */
    private static final Pattern HEADER_NUMBER = Pattern.compile("(?m)^[*_ \\t]{0,10}so[ \\t]*:?[ \\t]*" + KH_NUMBER);

    private static final Pattern PLAN_NUMBER = Pattern.compile("\\bke\\s*hoach\\s*so\\s*:?\\s*" + KH_NUMBER);
    /** Words before a plan number showing it is someone else's ("Thực hiện Kế hoạch số ..."). */
    private static final Pattern CITED_BY = Pattern.compile("\\b(?:thuc\\s*hien|can\\s*cu|theo|trien\\s*khai)\\b");
    /** Issuers after a plan number that make it a higher body's plan. */
    private static final Pattern CITED_OF = Pattern.compile(
            "^[^.;\\n]{0,40}\\bcua\\s*(?:bo\\s*chinh\\s*tri|ban\\s*bi\\s*thu|ban\\s*chap\\s*hanh\\s*trung\\s*uong"
                    + "|ban\\s*tuyen\\s*giao\\s*trung\\s*uong)\\b");

    private static final Pattern DATE_GAP = Pattern.compile("[\\s,*_]*(?:ban\\s*hanh\\s*)?(?:ngay\\s*)?");
    /**
     * {@code Quảng Nam, ngày 01 tháng 8 năm 2019} at the end of its line: alone on it, or as the
     * right-hand column of a header pasted as text ({@code Số 12-KH/ĐU}, a run of blanks, then the
     * place and date).
     */
    private static final Pattern PLACE_DATE =
            Pattern.compile("(?m)(?:^[*_ \\t]{0,10}|[ \\t]{2,}+|\\t)[^\\d\\n,:;.]{2,40},[ \\t]*ngay[ \\t]*");

    private static final Pattern LINE_REST = Pattern.compile("[\\s*_.]*(?:\\n|$)");

    private static final Pattern HEADING_ONLY = Pattern.compile("[*_\\s]*ke\\s*hoach[*_\\s:]*");
    private static final String TITLE_START = "(?:to\\s*chuc\\s*)?(?:nghien\\s*cuu|hoc\\s*tap"
            + "|quan\\s*triet|tuyen\\s*truyen|trien\\s*khai|thuc\\s*hien|so\\s*ket|tong\\s*ket)";
    private static final Pattern HEADING_WITH_TITLE = Pattern.compile("[*_\\s]*ke\\s*hoach\\s+(?=" + TITLE_START + ")");
    private static final Pattern BODY_START = Pattern.compile("[*_\\s]*(?:can\\s*cu|thuc\\s*hien\\s*"
            + "(?:ke\\s*hoach|chi\\s*thi|huong\\s*dan|cong\\s*van|thong\\s*bao|quy\\s*dinh)|ngay\\s*\\d"
            + "|tu\\s*ngay|de\\s|nham\\s|[-+•]|\\d{1,2}[./)]|[ivx]{1,4}[./)])");
    private static final Pattern TITLE_IN_SENTENCE = Pattern.compile("\\b(?:ban\\s*hanh|xay\\s*dung"
            + "|trien\\s*khai)\\s*ke\\s*hoach\\s*(?:so\\s*[^\\s,]+\\s*(?:ngay\\s*[\\d/]+\\s*)?)?,?\\s*"
            + "(?:ve\\s*(?:viec\\s*)?)?(" + TITLE_START + "[^.;:\\n]{5,300}?)(?=\\s*(?:nhu\\s*sau|[.;:\\n]|$))");
    private static final int MAX_TITLE_LINES = 3;
    private static final int MAX_TITLE_LINE = 250;

    private static final Pattern RESOLUTION_NUMBER = Pattern.compile("\\bnghi\\s*quyet\\s*so\\s*:?\\s*"
            + "(\\d{1,4}\\s*[-/]\\s*(?:[a-z0-9]{1,6}\\s*[-/]\\s*)?nq(?:\\s*[-/]\\s*[a-z0-9]{1,8}){1,2})\\b");
    private static final Pattern RESOLUTION_NAME =
            Pattern.compile("\\bnghi\\s*quyet\\s*(?:hoi\\s*nghi|dai\\s*hoi)[^.;\\n]{5,250}");

    private final SourceText src;
    private final DateScanner dates;
    private final List<String> warnings;

    HeaderExtractor(SourceText src, DateScanner dates, List<String> warnings) {
        this.src = src;
        this.dates = dates;
        this.warnings = warnings;
    }

    /** The plan number ({@code 171-KH/TU}); a header {@code Số ...} line wins over a citation. */
    Found<String> number() {
        Matcher m = HEADER_NUMBER.matcher(src.fold);
        if (m.find()) {
            return numberFound(m, 0.95);
        }
        m = PLAN_NUMBER.matcher(src.fold);
        Found<String> cited = null;
        while (m.find()) {
            ParseBudget.check();
            int sentence = sentenceStart(m.start());
            boolean isCited = CITED_BY.matcher(src.fold)
                            .region(sentence, m.start())
                            .find()
                    || CITED_OF.matcher(src.fold).region(m.end(), src.length()).lookingAt();
            if (!isCited) {
                return numberFound(m, 0.85);
            }
            if (cited == null) {
                cited = numberFound(m, 0.4);
            }
        }
        if (cited != null) {
            warnings.add("Số kế hoạch " + cited.value() + " có thể là của văn bản cấp trên được viện "
                    + "dẫn; hãy kiểm tra lại.");
        }
        return cited;
    }

    /** The date of issue: right after the number, else the {@code Nơi, ngày ...} header line. */
    Found<LocalDate> issuedOn(Found<String> number) {
        if (number != null) {
            Found<LocalDate> d = dateAfter(number.end(), number.confidence() * 0.95);
            if (d != null) {
                return d;
            }
        }
        Matcher m = PLACE_DATE.matcher(src.fold);
        while (m.find()) {
            ParseBudget.check();
            Found<LocalDate> d = dateAfter(m.end(), 0.85);
            if (d != null
                    && LINE_REST.matcher(src.fold).region(d.end(), src.length()).lookingAt()) {
                return d;
            }
        }
        return null;
    }

    /**
     * The heading under {@code KẾ HOẠCH} (up to three lines), else the rest of a
     * {@code KẾ HOẠCH học tập ...} line, else what a sentence says was issued
     * ({@code ban hành Kế hoạch tổ chức nghiên cứu ...}).
     */
    Found<String> title() {
        String fold = src.fold;
        int pos = 0;
        while (pos < fold.length()) {
            ParseBudget.check();
            int end = lineEnd(pos);
            if (HEADING_ONLY.matcher(fold).region(pos, end).matches()) {
                Found<String> t = titleLines(end + 1);
                if (t != null) {
                    return t;
                }
            }
            Matcher m = HEADING_WITH_TITLE.matcher(fold).region(pos, end);
            if (m.lookingAt() && end - m.end() <= MAX_TITLE_LINE) {
                return new Found<>(SourceText.capitalise(clean(m.end(), end)), m.end(), end, 0.85);
            }
            pos = end + 1;
        }
        Matcher m = TITLE_IN_SENTENCE.matcher(fold);
        if (m.find()) {
            return new Found<>(SourceText.capitalise(clean(m.start(1), m.end(1))), m.start(1), m.end(1), 0.6);
        }
        return null;
    }

    /**
     * The resolution: its number ({@code Nghị quyết số 01-NQ/ĐH ngày 25/7/2020}) when the title or
     * a sentence of its own gives one; else its name as it stands in the title; else a number the
     * text cites ({@code Căn cứ Nghị quyết số ...}); else the first {@code Nghị quyết Hội nghị ...}
     * or {@code Nghị quyết Đại hội ...} phrase.
     */
    Found<String> resolution(Found<String> title) {
        Matcher m = RESOLUTION_NUMBER.matcher(src.fold);
        Found<String> own = null;
        Found<String> cited = null;
        while (m.find()) {
            String ref = "Nghị quyết số " + compact(m.start(1), m.end(1));
            int end = m.end();
            Found<LocalDate> date = dateAfter(m.end(), 1);
            if (date != null) {
                ref += " ngày " + date.value().getDayOfMonth() + "/"
                        + date.value().getMonthValue() + "/" + date.value().getYear();
                end = date.end();
            }
            if (title != null && m.start() >= title.start() && m.end() <= title.end()) {
                return new Found<>(ref, m.start(), end, 0.9);
            }
            boolean isCited = CITED_BY.matcher(src.fold)
                    .region(sentenceStart(m.start()), m.start())
                    .find();
            if (!isCited && own == null) {
                own = new Found<>(ref, m.start(), end, 0.75);
            } else if (isCited && cited == null) {
                cited = new Found<>(ref, m.start(), end, 0.5);
            }
        }
        if (own != null) {
            return own;
        }
        if (title != null) {
            int at = src.fold.indexOf("nghi quyet", title.start());
            if (at >= 0 && at < title.end()) {
                return new Found<>(clean(at, title.end()), at, title.end(), 0.7);
            }
        }
        if (cited != null) {
            return cited;
        }
        m = RESOLUTION_NAME.matcher(src.fold);
        return m.find() ? new Found<>(clean(m.start(), m.end()), m.start(), m.end(), 0.5) : null;
    }

    private Found<String> titleLines(int from) {
        String fold = src.fold;
        int start = -1;
        int end = -1;
        int lines = 0;
        int pos = from;
        while (pos < fold.length() && lines < MAX_TITLE_LINES) {
            int le = lineEnd(pos);
            boolean blank = fold.substring(pos, le).chars().noneMatch(Character::isLetterOrDigit);
            if (blank) {
                if (start >= 0) {
                    break;
                }
            } else if (BODY_START.matcher(fold).region(pos, le).lookingAt()
                    || le - pos > MAX_TITLE_LINE
                    || fold.substring(pos, le).strip().endsWith(".")) {
                break;
            } else {
                start = start < 0 ? pos : start;
                end = le;
                lines++;
            }
            pos = le + 1;
        }
        return start < 0 ? null : new Found<>(SourceText.capitalise(clean(start, end)), start, end, 0.9);
    }

    private Found<LocalDate> dateAfter(int pos, double confidence) {
        Matcher gap = DATE_GAP.matcher(src.fold).region(pos, src.length());
        int at = gap.lookingAt() ? gap.end() : pos;
        for (DateMention d : dates.within(at, Math.min(src.length(), at + 1))) {
            if (d.date() != null) {
                return new Found<>(d.date(), d.start(), d.end(), confidence);
            }
        }
        return null;
    }

    private Found<String> numberFound(Matcher m, double confidence) {
        String sep = m.group(2) == null ? "-" : m.group(2);
        String value = m.group(1) + sep + compact(m.start(3), m.end(3));
        return new Found<>(value, m.start(1), m.end(3), confidence);
    }

    /** Text with every blank removed, upper-cased: {@code 01 - nq/đh} → {@code 01-NQ/ĐH}. */
    private String compact(int start, int end) {
        return src.text.substring(start, end).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** Text with blanks collapsed and markdown emphasis dropped. */
    private String clean(int start, int end) {
        return src.text
                .substring(start, end)
                .replaceAll("[*_]{2,}", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** Start of the sentence holding {@code pos}, looking back at most 300 chars. */
    private int sentenceStart(int pos) {
        int i = pos - 1;
        int limit = Math.max(0, pos - 300);
        while (i >= limit && ".;\n".indexOf(src.fold.charAt(i)) < 0) {
            i--;
        }
        return i + 1;
    }

    private int lineEnd(int pos) {
        int nl = src.fold.indexOf('\n', pos);
        return nl < 0 ? src.length() : nl;
    }
}
