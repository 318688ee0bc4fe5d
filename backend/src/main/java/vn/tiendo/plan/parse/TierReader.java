package vn.tiendo.plan.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tiendo.plan.parse.FieldLabels.Field;
import vn.tiendo.plan.parse.Outline.Node;
import vn.tiendo.plan.parse.TierFinder.Unit;

/**
 * Reads the fields of one tier. Values come from the tier's own line and the lines under it
 * (details under their labels); what the tier does not say itself (levels, deadline, length) is
 * taken from the headings above it, with a lower confidence.
 */
final class TierReader {
    /** A tier before its deadline's year is settled, which needs the tiers before it. */
    record Draft(
            Found<String> name,
            List<String> levelCodes,
            Found<String> levelSpan,
            DateMention deadline,
            double deadlineConfidence,
            Found<BigDecimal> duration,
            Found<String> audience,
            Found<String> presenter,
            Found<String> format,
            Found<String> activity) {}

    private static final Pattern FOR = Pattern.compile("[*_\\s]*doi\\s*voi\\s*");
    private static final Pattern LEVEL_JOIN = Pattern.compile("[\\s,]*(?:va|hoac)?[\\s,]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](?=\\s)\\s*");
    private static final int MAX_NAME = 150;
    private static final int MAX_LABEL_NAME = 100;

    private final TierFinder finder;
    private final SourceText src;

    TierReader(TierFinder finder) {
        this.finder = finder;
        this.src = finder.src;
    }

    Draft read(Unit u) {
        List<int[]> timingRanges = timingRanges(u);
        Found<String> name = name(u);
        List<LevelMatcher.Match> levels = levels(u);
        Found<String> levelSpan = null;
        if (!levels.isEmpty()) {
            int s = levels.stream().mapToInt(LevelMatcher.Match::start).min().orElseThrow();
            int e = levels.stream().mapToInt(LevelMatcher.Match::end).max().orElseThrow();
            double c = levels.stream()
                    .mapToDouble(LevelMatcher.Match::confidence)
                    .min()
                    .orElseThrow();
            levelSpan = new Found<>(null, s, e, c);
        }
        DateMention deadline = deadline(timingRanges, true);
        double deadlineConfidence = 0.9;
        if (deadline == null) {
            deadline = deadline(ancestorLines(u.node()), false);
            deadlineConfidence = 0.5;
        }
        Found<BigDecimal> duration = duration(timingRanges, 0.9);
        if (duration == null) {
            duration = duration(ancestorLines(u.node()), 0.5);
        }
        Found<String> activity = TierKind.activity(src.fold, name.start(), name.end(), duration, timingRanges);
        return new Draft(
                name,
                LevelMatcher.codes(levels),
                levelSpan,
                deadline,
                deadlineConfidence,
                duration,
                detail(u, Field.AUDIENCE),
                detail(u, Field.PRESENTER),
                format(u, activity),
                activity);
    }

    /**
     * The tier's heading or label: the text before a colon, else the heading, else the words up to
     * its last level; always from the start of the sentence holding it.
     */
    private Found<String> name(Unit u) {
        int start = u.start();
        int colon = src.fold.indexOf(':', start);
        int end;
        if (colon > start && colon < u.end() && colon - start <= MAX_LABEL_NAME) {
            end = colon;
        } else {
            List<LevelMatcher.Match> ms = finder.levelsIn(u.node(), start, u.end());
            // a numbered line that is a whole sentence ("3. Các chi bộ ... tổ chức học tập 01 buổi,
            // hoàn thành trước ...") is named by its levels, like a sentence of prose
            boolean prose = u.end() - start > MAX_LABEL_NAME && !ms.isEmpty();
            if (u.node().isHeading() && u.whole() && !prose) {
                end = Math.min(u.end(), start + MAX_NAME);
            } else if (ms.isEmpty()) {
                end = Math.min(u.end(), start + MAX_LABEL_NAME);
            } else {
                // The first run of levels ("Mặt trận ... và các đoàn thể"), with the words before it
                // unless those hold a date or a comma ("Trong quý III/2021, cấp cơ sở ...").
                int k = 0;
                while (k + 1 < ms.size()
                        && LEVEL_JOIN
                                .matcher(src.fold)
                                .region(ms.get(k).end(), ms.get(k + 1).start())
                                .matches()) {
                    k++;
                }
                end = ms.get(k).end();
                if (end - start > MAX_LABEL_NAME
                        || src.fold.substring(start, ms.get(0).start()).matches(".*[\\d,].*")) {
                    start = ms.get(0).start();
                }
            }
        }
        end = Math.max(start, end);
        Matcher sentence = SENTENCE_END.matcher(src.fold).region(start, end);
        while (sentence.find()) {
            start = sentence.end();
        }
        Matcher f = FOR.matcher(src.fold).region(start, end);
        if (f.lookingAt()) {
            start = f.end();
        }
        int[] r = src.trim(start, end);
        String value = src.text.substring(r[0], r[1]).replaceAll("\\s+", " ").replaceAll("[\\s,;.:-]+$", "");
        return new Found<>(SourceText.capitalise(value), r[0], r[1], 0.8);
    }

    /** Levels on the tier's line, else on the lines of its body, else on the headings above. */
    private List<LevelMatcher.Match> levels(Unit u) {
        Node n = u.node();
        // "Cấp tỉnh: hội nghị ... kết nối đến các xã, phường": the label before the colon says it
        int colon = src.fold.indexOf(':', u.start());
        if (colon > u.start() && colon < u.end() && colon - u.start() <= MAX_LABEL_NAME) {
            List<LevelMatcher.Match> label = finder.levels.find(src.fold, u.start(), colon, finder.grassrootsAbove(n));
            if (!label.isEmpty()) {
                return label;
            }
        }
        List<LevelMatcher.Match> ms = new ArrayList<>(finder.levelsIn(n, u.start(), u.end()));
        if (ms.isEmpty() && u.whole()) {
            for (Node d : descendants(n)) {
                if (finder.field(d) == null) {
                    ms.addAll(finder.ownLevels(d));
                }
            }
        }
        for (Node p = n.parent; ms.isEmpty() && p != null; p = p.parent) {
            for (LevelMatcher.Match m : finder.ownLevels(p)) {
                ms.add(new LevelMatcher.Match(m.code(), m.start(), m.end(), m.confidence() * 0.7));
            }
        }
        return ms;
    }

    /** Where the tier's dates and lengths may be: its line and body lines that are not details. */
    private List<int[]> timingRanges(Unit u) {
        List<int[]> ranges = new ArrayList<>();
        boolean timeLine = finder.tableRow(u.node()) || finder.field(u.node()) == Field.TIME;
        ranges.add(new int[] {u.start(), u.end(), timeLine ? 1 : 0});
        if (u.whole()) {
            for (Node d : descendants(u.node())) {
                if (finder.timingAllowed(d)) {
                    ranges.add(new int[] {d.contentStart, d.lineEnd, finder.field(d) == Field.TIME ? 1 : 0});
                }
            }
        }
        return ranges;
    }

    private List<int[]> ancestorLines(Node n) {
        List<int[]> ranges = new ArrayList<>();
        for (Node p = n.parent; p != null; p = p.parent) {
            ranges.add(new int[] {p.contentStart, p.lineEnd, 0});
        }
        return ranges;
    }

    /**
     * The first date introduced as a deadline ({@code trước}, {@code hoàn thành}, ...), else the
     * first introduced as a time ({@code dự kiến}, {@code từ ngày}, ...), else the first on a
     * {@code Thời gian} line, else the first opening a sentence about an event held then, else
     * the first on the tier's own line ({@code ownLine}: the first range) that is no document's
     * date ("Cấp tỉnh: hội nghị 01 ngày, ngày 28/12/2022": a tier already, by its level and length).
     */
    private DateMention deadline(List<int[]> ranges, boolean ownLine) {
        DateMention weak = null;
        DateMention timeLine = null;
        DateMention opening = null;
        DateMention own = null;
        for (int[] r : ranges) {
            for (DateMention m : finder.dates.within(r[0], r[1])) {
                DateScanner.Trigger t = finder.dates.trigger(m);
                if (t == DateScanner.Trigger.STRONG) {
                    return m;
                }
                if (t == DateScanner.Trigger.WEAK && weak == null) {
                    weak = m;
                }
                if (t == DateScanner.Trigger.OPENING && opening == null) {
                    opening = m;
                }
                if (ownLine && r == ranges.get(0) && own == null && !finder.dates.isDocumentDate(m)) {
                    own = m;
                }
                if (r[2] == 1 && timeLine == null) {
                    timeLine = m;
                }
            }
        }
        if (weak != null || timeLine != null || opening != null) {
            return weak != null ? weak : timeLine != null ? timeLine : opening;
        }
        return own;
    }

    private Found<BigDecimal> duration(List<int[]> ranges, double confidence) {
        for (int[] r : ranges) {
            int i = finder.firstDuration(r[0]);
            if (i < finder.durations.size() && finder.durations.get(i).start() < r[1]) {
                DurationScanner.Duration d = finder.durations.get(i);
                return new Found<>(d.days(), d.start(), d.end(), confidence);
            }
        }
        return null;
    }

    /**
     * A detail ({@code Đối tượng}, {@code Báo cáo viên}): inline on the tier's line, else a
     * labelled line under it with the lines under that label, joined by newlines.
     */
    private Found<String> detail(Unit u, Field wanted) {
        Found<String> inline = inlineDetail(u.start(), u.end(), wanted);
        if (inline != null || !u.whole()) {
            return inline;
        }
        for (Node d : descendants(u.node())) {
            FieldLabels.Hit hit = finder.label(d);
            if (hit != null && hit.field() == wanted) {
                List<int[]> parts = new ArrayList<>();
                parts.add(src.trim(hit.valueStart(), d.lineEnd));
                for (Node c : descendants(d)) {
                    parts.add(src.trim(c.contentStart, c.lineEnd));
                }
                parts.removeIf(p -> p[1] <= p[0]);
                if (!parts.isEmpty()) {
                    StringBuilder v = new StringBuilder();
                    for (int[] p : parts) {
                        v.append(v.length() == 0 ? "" : "\n").append(src.text, p[0], p[1]);
                    }
                    return new Found<>(v.toString(), parts.get(0)[0], parts.get(parts.size() - 1)[1], 0.85);
                }
            }
            if (hit == null && finder.field(d) == null) {
                Found<String> f = inlineDetail(d.contentStart, d.lineEnd, wanted);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private Found<String> inlineDetail(int start, int end, Field wanted) {
        int from = start;
        FieldLabels.Hit hit;
        while ((hit = FieldLabels.inline(src.fold, from, end)) != null) {
            if (hit.field() == wanted) {
                int[] r = src.trim(hit.valueStart(), FieldLabels.inlineValueEnd(src.fold, hit.valueStart(), end));
                return r[1] > r[0] ? new Found<>(src.text.substring(r[0], r[1]), r[0], r[1], 0.75) : null;
            }
            from = hit.valueStart();
        }
        return null;
    }

    /** The format from the tier's lines except the presenter's (see {@link TierKind#format}). */
    private Found<String> format(Unit u, Found<String> activity) {
        List<int[]> ranges = new ArrayList<>();
        ranges.add(new int[] {u.start(), u.end(), 0});
        if (u.whole()) {
            for (Node d : descendants(u.node())) {
                if (finder.field(d) != Field.PRESENTER) {
                    ranges.add(new int[] {d.contentStart, d.lineEnd, finder.field(d) == Field.FORMAT ? 1 : 0});
                }
            }
        }
        return TierKind.format(
                src.fold, ranges, ancestorLines(u.node()), activity.value().equals("STUDY"));
    }

    private static List<Node> descendants(Node n) {
        List<Node> out = new ArrayList<>();
        for (Node c : n.children) {
            out.add(c);
            out.addAll(descendants(c));
        }
        return out;
    }
}
