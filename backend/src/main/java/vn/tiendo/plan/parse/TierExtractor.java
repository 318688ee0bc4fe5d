package vn.tiendo.plan.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the tiers found in the outline into {@link ParsedTier}s, settling the year of deadlines
 * written without one.
 *
 * <p>A date without a year takes the year of the nearest date written with one before it in the
 * text, else the first year of the term ({@code nhiệm kỳ 2020 – 2025}), else the year of the
 * nearest such date after it (a news copy dated at its end). It moves to the next year
 * only when the text says so ({@code năm sau}) or writes the year; a deadline that then falls
 * before the previous tier's keeps the context year and gets a warning, because guessing a new
 * year silently would hide a typo in the plan.
 */
final class TierExtractor {
    static final int MAX_TIERS = 100;

    private final SourceText src;
    private final TierFinder finder;
    private final List<String> warnings;

    private final LocalDate issuedOn;

    private final Map<String, List<String>> keyed;

    TierExtractor(TierFinder finder, LocalDate issuedOn, List<String> warnings, Map<String, List<String>> keyed) {
        this.keyed = keyed;
        this.issuedOn = issuedOn;
        this.src = finder.src;
        this.finder = finder;
        this.warnings = warnings;
    }

    List<ParsedTier> extract(Map<String, Span> spans) {
        List<TierFinder.Unit> units = finder.units();
        if (units.size() > MAX_TIERS) {
            warnings.add("Văn bản có hơn " + MAX_TIERS + " đợt; chỉ lấy " + MAX_TIERS + " đợt đầu.");
            units = units.subList(0, MAX_TIERS);
        }
        TierReader reader = new TierReader(finder);
        List<TierReader.Draft> drafts = new ArrayList<>();
        for (TierFinder.Unit unit : units) {
            ParseBudget.check();
            drafts.add(reader.read(unit));
        }
        drafts = joinApart(drafts);
        List<ParsedTier> tiers = new ArrayList<>();
        LocalDate previous = null;
        for (TierReader.Draft d : drafts) {
            int i = tiers.size();
            String key = "tiers[" + i + "].";
            String label = "đợt " + (i + 1);
            dkey = key + "deadline";
            LocalDate deadline = d.deadline() == null ? null : settle(d.deadline(), label, previous);
            previous = deadline != null ? deadline : previous;

            put(spans, key + "name", d.name());
            put(spans, key + "activity", d.activity());
            put(spans, key + "levelCodes", d.levelSpan());
            if (deadline != null) {
                spans.put(
                        key + "deadline",
                        src.span(
                                d.deadline().start(),
                                d.deadline().end(),
                                d.deadlineConfidence() * (d.deadline().hasYear() ? 1 : 0.7)));
            }
            put(spans, key + "durationDays", d.duration());
            put(spans, key + "audience", d.audience());
            put(spans, key + "presenter", d.presenter());
            put(spans, key + "format", d.format());

            String name = d.name().value();
            if (d.deadline() == null) {
                warn(key + "deadline", "Chưa tìm thấy hạn hoàn thành của " + label + " (" + name + ").");
            }
            if (d.levelCodes().isEmpty()) {
                warn(key + "levelCodes", "Chưa xác định được cấp của " + label + " (" + name + ").");
            }
            tiers.add(new ParsedTier(
                    name,
                    d.activity().value(),
                    d.levelCodes(),
                    d.duration() == null ? null : d.duration().value(),
                    deadline,
                    value(d.audience()),
                    value(d.presenter()),
                    value(d.format())));
        }
        if (tiers.isEmpty()) {
            warnings.add("Không tìm thấy đợt học tập, quán triệt hay tuyên truyền nào (cấp, thời gian, "
                    + "hạn hoàn thành); hãy thêm các đợt bằng tay.");
        }
        return tiers;
    }

    /**
     * A plan that gives the lengths in one section ({@code II. THỜI LƯỢNG - Cấp tỉnh: 02 ngày})
     * and the deadlines in another ({@code III. THỜI GIAN HOÀN THÀNH - Cấp tỉnh: trước ...})
     * names each tier twice: a tier with a length but no deadline and a later one of the same
     * levels and activity with a deadline but no length are one tier, where the first stands (a
     * province's conference to be dated later is not its propaganda with a deadline).
     */
    private static List<TierReader.Draft> joinApart(List<TierReader.Draft> drafts) {
        List<TierReader.Draft> out = new ArrayList<>(drafts);
        for (int i = 0; i < out.size(); i++) {
            TierReader.Draft a = out.get(i);
            if (a.levelCodes().isEmpty() || a.duration() == null || a.deadline() != null) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                TierReader.Draft b = out.get(j);
                if (b.levelCodes().equals(a.levelCodes())
                        && b.activity().value().equals(a.activity().value())
                        && b.duration() == null
                        && b.deadline() != null) {
                    out.set(
                            i,
                            new TierReader.Draft(
                                    a.name(),
                                    a.levelCodes(),
                                    a.levelSpan(),
                                    b.deadline(),
                                    b.deadlineConfidence() * 0.9,
                                    a.duration(),
                                    a.audience() != null ? a.audience() : b.audience(),
                                    a.presenter() != null ? a.presenter() : b.presenter(),
                                    a.format() != null ? a.format() : b.format(),
                                    a.activity()));
                    out.remove(j);
                    break;
                }
            }
        }
        return out;
    }

    private LocalDate settle(DateMention m, String label, LocalDate previous) {
        if (m.isRelative()) {
            if (issuedOn == null) {
                warn(
                        dkey,
                        "Hạn của " + label + " tính từ ngày ban hành nhưng văn bản không ghi ngày "
                                + "ban hành; hãy nhập hạn.");
                return null;
            }
            LocalDate d = m.after(issuedOn);
            warn(
                    dkey,
                    "Hạn của " + label + " (" + d.getDayOfMonth() + "/" + d.getMonthValue() + "/"
                            + d.getYear() + ") được tính từ ngày ban hành " + issuedOn.getDayOfMonth() + "/"
                            + issuedOn.getMonthValue() + "/" + issuedOn.getYear() + "; hãy kiểm tra lại.");
            return d;
        }
        if (m.hasYear()) {
            return m.date();
        }
        if (issuedOn != null) {
            // the next such date on or after the date of issue
            LocalDate d = m.in(issuedOn.getYear());
            if (d != null && d.isBefore(issuedOn)) {
                d = m.in(issuedOn.getYear() + 1);
            }
            if (d != null) {
                warn(
                        dkey,
                        "Hạn của " + label + " không ghi năm; đã lấy năm " + d.getYear()
                                + " (ngày như thế tiếp sau ngày ban hành).");
                warnIfBefore(d, label, previous, m);
                return d;
            }
        }
        Integer context = finder.dates.contextYear(m.start());
        if (context == null) {
            warn(dkey, "Hạn của " + label + " không ghi năm và văn bản không cho biết năm nào; " + "hãy nhập hạn.");
            return null;
        }
        boolean nextYear = finder.dates.saysNextYear(m);
        int year = nextYear ? context + 1 : context;
        LocalDate date = m.in(year);
        if (date == null) {
            warn(dkey, "Hạn của " + label + " (" + m.display(year) + ") không phải ngày có thật; " + "hãy nhập hạn.");
            return null;
        }
        warn(dkey, "Hạn của " + label + " không ghi năm; đã lấy năm " + year + " từ ngữ cảnh.");
        if (!nextYear) {
            warnIfBefore(date, label, previous, m);
        }
        return date;
    }

    private void warnIfBefore(LocalDate date, String label, LocalDate previous, DateMention m) {
        if (previous != null && date.isBefore(previous)) {
            int year = date.getYear();
            warn(
                    dkey,
                    "Hạn của " + label + " (" + m.display(year) + ") sớm hơn hạn của đợt trước ("
                            + previous.getDayOfMonth() + "/" + previous.getMonthValue() + "/" + previous.getYear()
                            + ") nhưng văn bản không ghi năm sau; vẫn giữ năm " + year + ", hãy kiểm tra lại.");
        }
    }

    /** The key of the deadline being settled, for its warnings. */
    private String dkey;

    private void warn(String key, String message) {
        warnings.add(message);
        keyed.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
    }

    private void put(Map<String, Span> spans, String key, Found<?> f) {
        if (f != null && f.start() >= 0) {
            spans.put(key, src.span(f.start(), f.end(), f.confidence()));
        }
    }

    private static String value(Found<String> f) {
        return f == null ? null : f.value();
    }
}
