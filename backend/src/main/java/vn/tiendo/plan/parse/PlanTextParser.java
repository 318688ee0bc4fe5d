package vn.tiendo.plan.parse;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Vietnamese plan for studying and disseminating a resolution ("kế hoạch học tập, quán
 * triệt, tuyên truyền nghị quyết") into a draft {@link ParsedPlan} for a person to check.
 *
 * <p>Rule-based: the text is folded (lower case, no diacritics, one kind of dash) so that
 * {@code HOÀN THÀNH TRƯỚC NGÀY}, {@code hoàn thành trước ngày} and {@code hoan thanh truoc ngay}
 * read alike, and its numbered outline ({@code I.}, {@code 1.}, {@code 1.1.}, {@code a)},
 * {@code -}) tells which details belong to which tier.
 *
 * <p><b>Offsets.</b> The input is normalised to Unicode NFC before reading, but every
 * {@link Span} is given in indices of the <em>original</em> string passed to
 * {@link #parse(String)}: NFD input (decomposed accents) gets spans that cover the same
 * characters in the original. Values are NFC.
 *
 * <p>Instances hold no state and may be shared between threads.
 */
public final class PlanTextParser {
    /**
     * The longest text read, in Java chars (after .docx extraction): about 60 pages, several times
     * the longest plan seen. {@code POST /plans/parse} refuses longer texts; {@link #parse} reads
     * only this much of them, with a warning.
     */
    public static final int MAX_CHARS = 200_000;

    /**
     * Parses plan text within the default time budget ({@value ParseBudget#DEFAULT_MILLIS} ms).
     * Never throws for what the text holds: empty, missing or unreadable input gives an empty draft
     * with a warning, and whatever could not be read is left {@code null} and, where it matters,
     * named in a warning.
     *
     * @throws PlanParseTimeoutException when the budget is spent (no input of {@link #MAX_CHARS}
     *     comes near it; the tests parse megabytes of pathological text in well under a second)
     */
    public ParsedPlan parse(String text) {
        return parse(text, ParseBudget.DEFAULT_MILLIS);
    }

    /** {@link #parse(String)} with a time budget of {@code millis}. */
    public ParsedPlan parse(String text, long millis) {
        return parse(text, millis, MAX_CHARS);
    }

    /** With another cap on the length: the linearity tests read megabytes whole. */
    ParsedPlan parse(String text, long millis, int maxChars) {
        if (text == null || text.codePoints().allMatch(PlanTextParser::isBlank)) {
            return empty("Văn bản trống; chưa có nội dung kế hoạch để đọc.");
        }
        String cut = null;
        if (text.length() > maxChars) {
            int end = Character.isHighSurrogate(text.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
            cut = "Văn bản dài " + text.length() + " ký tự; chỉ đọc " + end + " ký tự đầu.";
            text = text.substring(0, end);
        }
        ParseBudget.start(millis);
        try {
            ParsedPlan plan = read(text);
            if (cut != null) {
                List<String> warnings = new ArrayList<>(plan.warnings());
                warnings.add(0, cut);
                plan = new ParsedPlan(
                        plan.number(),
                        plan.title(),
                        plan.resolution(),
                        plan.issuedOn(),
                        plan.purpose(),
                        plan.requirements(),
                        plan.materials(),
                        plan.tiers(),
                        plan.spans(),
                        warnings,
                        plan.issuerName(),
                        plan.fieldWarnings());
            }
            return plan;
        } catch (PlanParseTimeoutException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return empty("Không đọc được văn bản này (lỗi của bộ đọc: "
                    + e.getClass().getSimpleName() + "); hãy nhập kế hoạch bằng tay.");
        } finally {
            ParseBudget.end();
        }
    }

    /**
     * The text of a .docx file: its paragraphs and table cells (row by row, cell by cell) in
     * document order, joined with {@code "\n"}. Official plans put the issuer, number and date in a
     * header table, so cells come out as lines of their own; a table of three or more columns is a
     * schedule, read as a table pasted as text: a line per row, cells separated by tabs. Does not
     * close the stream.
     *
     * @throws InvalidDocxException (an {@link IOException}) when the bytes are not a readable .docx
     * @throws IOException when reading the stream fails
     */
    public static String extractDocxText(InputStream docx) throws IOException {
        return DocxText.extract(docx);
    }

    private static ParsedPlan read(String text) {
        SourceText src = new SourceText(text);
        List<String> warnings = new ArrayList<>();
        Map<String, Span> spans = new LinkedHashMap<>();
        DateScanner dates = new DateScanner(src.fold);
        Outline outline = new Outline(src);

        HeaderExtractor header = new HeaderExtractor(src, dates, warnings);
        Found<String> number = header.number();
        Found<LocalDate> issuedOn = header.issuedOn(number);
        Found<String> title = header.title();
        Found<String> resolution = header.resolution(title);
        SectionExtractor sections = new SectionExtractor(src, outline);
        Found<String> purpose = sections.purpose();
        Found<String> requirements = sections.requirements();
        Found<String> materials = sections.materials();
        put(src, spans, "number", number);
        put(src, spans, "title", title);
        put(src, spans, "resolution", resolution);
        put(src, spans, "issuedOn", issuedOn);
        put(src, spans, "purpose", purpose);
        put(src, spans, "requirements", requirements);
        put(src, spans, "materials", materials);
        Map<String, List<String>> keyed = new LinkedHashMap<>();
        if (number == null) {
            warn(warnings, keyed, "number", "Không tìm thấy số kế hoạch (ví dụ “Kế hoạch số 01-KH/TU”).");
        }
        if (issuedOn == null) {
            warn(warnings, keyed, "issuedOn", "Không tìm thấy ngày ban hành kế hoạch.");
        }
        if (title == null) {
            warn(warnings, keyed, "title", "Không tìm thấy tên (trích yếu) của kế hoạch.");
        }
        if (resolution == null) {
            warn(warnings, keyed, "resolution", "Không tìm thấy nghị quyết mà kế hoạch triển khai.");
        }
        Found<String> issuer = IssuerName.find(src);
        put(src, spans, "issuerName", issuer);

        LevelMatcher levels = new LevelMatcher(Issuer.detect(src.fold), afterReform(value(issuedOn), dates));
        int letterheadEnd =
                Letterhead.end(src, outline, number != null && number.confidence() >= 0.85 ? number.start() : 0);
        TierFinder finder = new TierFinder(src, outline, dates, DurationScanner.scan(src.fold), levels, letterheadEnd);
        List<ParsedTier> tiers = new TierExtractor(finder, value(issuedOn), warnings, keyed).extract(spans);
        warnings.addAll(levels.notes());

        return new ParsedPlan(
                value(number),
                value(title),
                value(resolution),
                value(issuedOn),
                value(purpose),
                value(requirements),
                value(materials),
                tiers,
                spans,
                warnings,
                value(issuer),
                keyed);
    }

    private static void warn(List<String> warnings, Map<String, List<String>> keyed, String key, String message) {
        warnings.add(message);
        keyed.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
    }

    /** 1 July 2025: districts abolished, communes and wards directly under the province. */
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    /** Whether the plan was issued after the reform: its date of issue, else its first full date. */
    private static boolean afterReform(LocalDate issuedOn, DateScanner dates) {
        if (issuedOn != null) {
            return !issuedOn.isBefore(REFORM);
        }
        for (DateMention m : dates.mentions) {
            if (m.date() != null && m.day() != 0) {
                return !m.date().isBefore(REFORM);
            }
        }
        return false;
    }

    private static boolean isBlank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static ParsedPlan empty(String warning) {
        return new ParsedPlan(null, null, null, null, null, null, null, List.of(), Map.of(), List.of(warning));
    }

    private static void put(SourceText src, Map<String, Span> spans, String key, Found<?> f) {
        if (f != null) {
            spans.put(key, src.span(f.start(), f.end(), f.confidence()));
        }
    }

    private static <T> T value(Found<T> f) {
        return f == null ? null : f.value();
    }
}
