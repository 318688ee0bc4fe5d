package vn.tiendo.plan.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.tiendo.plan.parse.FieldLabels.Field;
import vn.tiendo.plan.parse.Outline.Node;

/**
 * Decides which parts of the outline are tiers.
 *
 * <p>A line is a tier candidate when it names a target (a level, {@code đối với ...},
 * {@code trong nhân dân}, or for a heading a conference or propaganda) and it or the lines under
 * it give timing (a session length or a date introduced as a deadline). The most specific
 * candidate wins: a heading with two or more candidates under it is only a group (its words still
 * serve as context), while a heading with a single bullet candidate under it is the tier itself
 * (the bullet is its body). Lines that only describe a tier ({@code Đối tượng},
 * {@code Báo cáo viên}) are never tiers, nor are the purpose, requirements and materials sections,
 * nor the addressee list and what follows it up to an appendix ({@code PHỤ LỤC}), nor the
 * letterhead. Under {@code TỔ CHỨC THỰC
 * HIỆN} only an action-programme duty with a deadline is a tier, unless nothing else in the plan
 * is: then so are that section's levels that study or disseminate by a deadline. A single line
 * naming several levels with their own deadlines, separated by {@code ;}, gives one tier per
 * clause.
 */
final class TierFinder {
    /** A stretch of text that is one tier: a node (with what is under it) or one clause of it. */
    record Unit(Node node, int start, int end, boolean whole) {}

    private enum Zone {
        PLAN,
        IMPLEMENTATION,
        OUTSIDE
    }

    private static final Pattern HEADING_CUE = Pattern.compile("\\b(?:doi\\s*voi|trong\\s*nhan\\s*dan"
            + "|tuyen\\s*truyen|hoi\\s*nghi|hoc\\s*tap|quan\\s*triet|chuong\\s*trinh\\s*hanh\\s*dong)\\b");
    private static final Pattern LINE_CUE =
            Pattern.compile("\\btrong\\s*(?:cac\\s*tang\\s*lop\\s*)?" + "nhan\\s*dan\\b");
    private static final Pattern ACTION_CUE = Pattern.compile(
            "\\b(?:chuong\\s*trinh\\s*hanh\\s*dong" + "|ke\\s*hoach\\s*hanh\\s*dong|ke\\s*hoach\\s*thuc\\s*hien)\\b");
    private static final Pattern ACTIVITY_CUE = Pattern.compile(
            "\\b(?:hoc\\s*tap|quan\\s*triet|tuyen\\s*truyen|nghien\\s*cuu|hoi\\s*nghi|sinh\\s*hoat)\\b");
    private static final Pattern IMPLEMENTATION = Pattern.compile("[*_\\s]*to\\s*chuc\\s*thuc\\s*hien");
    private static final Pattern OUTSIDE = Pattern.compile("[*_\\s]*(?:muc\\s*dich|yeu\\s*cau|tai\\s*lieu)\\b");
    private static final Pattern CONFERENCE_LINE = Pattern.compile("[*_\\s]*hoi\\s*nghi\\b");
    private static final Pattern APPENDIX = Pattern.compile("[*_\\s]*phu\\s*luc\\b");
    private static final Pattern ADDRESSEES = Pattern.compile("[*_\\s]*noi\\s*nhan\\b");

    final SourceText src;
    final Outline outline;
    final DateScanner dates;
    final List<DurationScanner.Duration> durations;
    final LevelMatcher levels;
    /** Where the letterhead ends (the issuer's lines above the plan number); 0 when unknown. */
    private final int letterheadEnd;

    private final FieldLabels.Hit[] label;
    private final Field[] field;
    private final Zone[] zone;
    private final boolean[] timing;
    private final boolean[] qualifies;
    private final int[] qualifiedBelow;
    private final Node[] firstQualifiedBelow;
    private final List<List<LevelMatcher.Match>> ownLevels;

    TierFinder(
            SourceText src,
            Outline outline,
            DateScanner dates,
            List<DurationScanner.Duration> durations,
            LevelMatcher levels) {
        this(src, outline, dates, durations, levels, 0);
    }

    TierFinder(
            SourceText src,
            Outline outline,
            DateScanner dates,
            List<DurationScanner.Duration> durations,
            LevelMatcher levels,
            int letterheadEnd) {
        this.letterheadEnd = letterheadEnd;
        this.src = src;
        this.outline = outline;
        this.dates = dates;
        this.durations = durations;
        this.levels = levels;
        int n = outline.nodes.size();
        label = new FieldLabels.Hit[n];
        field = new Field[n];
        zone = new Zone[n];
        timing = new boolean[n];
        qualifies = new boolean[n];
        qualifiedBelow = new int[n];
        firstQualifiedBelow = new Node[n];
        ownLevels = new ArrayList<>(Collections.nCopies(n, null));
        classify();
        qualify(false);
    }

    /**
     * The tiers, in text order. A plan whose only timed duties stand under {@code TỔ CHỨC THỰC
     * HIỆN} (short plans put the whole schedule there) is read again with that section's duties
     * of studying or propaganda as tiers.
     */
    List<Unit> units() {
        List<Unit> out = select();
        if (!Arrays.asList(zone).contains(Zone.IMPLEMENTATION)) {
            return out;
        }
        qualify(true);
        List<Unit> all = select();
        if (out.isEmpty()) {
            return all;
        }
        // Duties under "TỔ CHỨC THỰC HIỆN" for levels the body gave no tier of ("Mặt trận ... tổ
        // chức tuyên truyền ..., hoàn thành trước ..."); a level the body has is the same tier again.
        Set<String> taken = new HashSet<>();
        out.forEach(u -> taken.addAll(codes(u)));
        List<Unit> merged = new ArrayList<>(out);
        for (Unit u : all) {
            List<String> codes = codes(u);
            if (zone[u.node().index] == Zone.IMPLEMENTATION
                    && !out.contains(u)
                    && !codes.isEmpty()
                    && codes.stream().noneMatch(taken::contains)
                    && out.stream().noneMatch(o -> nested(o.node(), u.node()))) {
                merged.add(u);
                taken.addAll(codes);
            }
        }
        merged.sort(Comparator.comparingInt(Unit::start));
        return merged;
    }

    /** The level codes a unit names: on its subject, else on its body lines, else above it. */
    private List<String> codes(Unit u) {
        Node n = u.node();
        List<LevelMatcher.Match> ms = new ArrayList<>(levelsIn(n, u.start(), u.end()));
        if (ms.isEmpty() && u.whole()) {
            for (int i = n.index + 1; i < outline.nodes.size() && outline.nodes.get(i).lineEnd <= n.blockEnd; i++) {
                ms.addAll(ownLevels(outline.nodes.get(i)));
            }
        }
        for (Node p = n.parent; ms.isEmpty() && p != null; p = p.parent) {
            ms.addAll(ownLevels(p));
        }
        return LevelMatcher.codes(ms);
    }

    /** Whether one node is the other or stands above it. */
    private static boolean nested(Node a, Node b) {
        for (Node p = b; p != null; p = p.parent) {
            if (p == a) {
                return true;
            }
        }
        for (Node p = a; p != null; p = p.parent) {
            if (p == b) {
                return true;
            }
        }
        return false;
    }

    private List<Unit> select() {
        List<Unit> out = new ArrayList<>();
        for (Node root : outline.roots) {
            if (out.size() > TierExtractor.MAX_TIERS) {
                break;
            }
            select(root, out);
        }
        return out;
    }

    /** What the line is a detail of ({@code Đối tượng}, ...), also for lines under such a label. */
    Field field(Node n) {
        return field[n.index];
    }

    /** The label that opens the line itself, or null. */
    FieldLabels.Hit label(Node n) {
        return label[n.index];
    }

    /** Whether dates and lengths on this line may belong to a tier (not to its audience, ...). */
    boolean timingAllowed(Node n) {
        return zone[n.index] != Zone.OUTSIDE && (field(n) == null || field(n) == Field.TIME);
    }

    /** The line up to its first inline detail label ({@code ...; thành phần: ...}). */
    int subjectEnd(int start, int end) {
        FieldLabels.Hit inline = FieldLabels.inline(src.fold, start, end);
        return inline == null ? end : inline.start();
    }

    /** Levels named on the line itself (before any inline detail), with the context above it. */
    List<LevelMatcher.Match> ownLevels(Node n) {
        List<LevelMatcher.Match> ms = ownLevels.get(n.index);
        if (ms == null) {
            ms = field(n) != null || inLetterhead(n) ? List.of() : levelsIn(n, n.contentStart, n.lineEnd);
            ownLevels.set(n.index, ms);
        }
        return ms;
    }

    /** The levels named on {@code [start, end)} of this line: a table row's level cell, else its subject's levels. */
    List<LevelMatcher.Match> levelsIn(Node n, int start, int end) {
        if (start == n.contentStart) {
            LevelMatcher.Match cell = levelCell(n);
            if (cell != null) {
                return List.of(cell);
            }
        }
        return levels.find(src.fold, start, subjectEnd(start, end), grassrootsAbove(n));
    }

    /** The level words a table's "Cấp" column holds on its own ("Huyện", "Cơ sở", "Cấp xã"). */
    private static final Map<String, String> LEVEL_CELLS = Map.ofEntries(
            Map.entry("tinh", "tinh"),
            Map.entry("cap tinh", "tinh"),
            Map.entry("huyen", "huyen"),
            Map.entry("cap huyen", "huyen"),
            Map.entry("co so", "co-so"),
            Map.entry("cap co so", "co-so"),
            Map.entry("xa", "co-so"),
            Map.entry("cap xa", "co-so"),
            Map.entry("xa, phuong", "co-so"),
            Map.entry("chi bo", "chi-bo"),
            Map.entry("cap chi bo", "chi-bo"));

    /**
     * A table row whose first cell is only a level word: that is the row's level, whatever the audience in the next
     * cell says ("Cơ sở | Toàn thể cán bộ, đảng viên | 1,5 ngày | ...").
     */
    private LevelMatcher.Match levelCell(Node n) {
        if (!tableRow(n)) {
            return null;
        }
        int end = n.contentStart;
        while (end < n.lineEnd && !gapAt(end, n.lineEnd)) {
            end++;
        }
        if (end - n.contentStart > 12) {
            return null;
        }
        String code = LEVEL_CELLS.get(src.fold.substring(n.contentStart, end).strip());
        return code == null ? null : new LevelMatcher.Match(code, n.contentStart, end, 0.8);
    }

    /** Whether the line is part of the issuer's letterhead (see {@link Letterhead}). */
    private boolean inLetterhead(Node n) {
        return n.lineEnd <= letterheadEnd;
    }

    /** Whether a line above this one is about grassroots organisations ({@code cấp cơ sở}). */
    boolean grassrootsAbove(Node n) {
        for (Node p = n.parent; p != null; p = p.parent) {
            if (ownLevels(p).stream().anyMatch(m -> m.code().equals("co-so"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the line is a row of a table pasted as text: cells separated by a tab or a run of
     * spaces, at least two such gaps. In a row every date is a time (the column says so).
     */
    boolean tableRow(Node n) {
        int gaps = 0;
        String fold = src.fold;
        int i = n.contentStart;
        while (i < n.lineEnd && gaps < 2) {
            if (gapAt(i, n.lineEnd)) {
                gaps++;
                while (i + 1 < n.lineEnd && (fold.charAt(i + 1) == ' ' || fold.charAt(i + 1) == '\t')) {
                    i++;
                }
            }
            i++;
        }
        return gaps >= 2;
    }

    /** Whether a gap between two table cells starts at {@code i}: a tab, or two spaces or more. */
    private boolean gapAt(int i, int end) {
        char c = src.fold.charAt(i);
        return c == '\t' || (c == ' ' && i + 1 < end && src.fold.charAt(i + 1) == ' ');
    }

    /** Whether {@code fold[start, end)} gives a session length or a date read as a deadline. */
    boolean hasTiming(int start, int end, boolean timeField) {
        int i = firstDuration(start);
        if (i < durations.size() && durations.get(i).start() < end) {
            return true;
        }
        for (DateMention m : dates.within(start, end)) {
            if (timeField || dates.trigger(m) != DateScanner.Trigger.NONE) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first duration starting at or after {@code pos}. */
    int firstDuration(int pos) {
        int lo = 0;
        int hi = durations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (durations.get(mid).start() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void classify() {
        List<Node> nodes = outline.nodes;
        boolean afterAddressees = false;
        for (Node n : nodes) {
            ParseBudget.check();
            int i = n.index;
            // A top-level heading ("II. THỜI GIAN") is a part of the plan, not a detail of one tier.
            boolean topLevel = n.kind == Outline.Kind.ROMAN || n.kind == Outline.Kind.CAPS;
            label[i] = topLevel ? null : FieldLabels.atStart(src.fold, n.contentStart, n.lineEnd);
            Field inherited = n.parent == null ? null : field[n.parent.index];
            field[i] = label[i] != null ? label[i].field() : inherited;
            afterAddressees |= ADDRESSEES
                    .matcher(src.fold)
                    .region(n.contentStart, n.lineEnd)
                    .lookingAt();
            // an appendix after the signature ("PHỤ LỤC - LỊCH HỌC TẬP ...") is the plan again
            afterAddressees &= !APPENDIX.matcher(src.fold)
                    .region(n.contentStart, n.lineEnd)
                    .lookingAt();
            zone[i] = afterAddressees ? Zone.OUTSIDE : zoneOf(n);
        }
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            timing[i] |=
                    timingAllowed(n) && hasTiming(n.contentStart, n.lineEnd, field(n) == Field.TIME || tableRow(n));
            Node p = n.parent;
            if (p != null) {
                timing[p.index] |= timing[i];
            }
        }
    }

    /**
     * Which lines are tiers. {@code implementationDuties}: under {@code TỔ CHỨC THỰC HIỆN} a line
     * naming a level that studies, disseminates or holds a conference, with a deadline, is a tier
     * too (not only an action-programme duty).
     */
    private void qualify(boolean implementationDuties) {
        List<Node> nodes = outline.nodes;
        Arrays.fill(qualifiedBelow, 0);
        Arrays.fill(firstQualifiedBelow, null);
        for (int i = nodes.size() - 1; i >= 0; i--) {
            ParseBudget.check();
            Node n = nodes.get(i);
            qualifies[i] = timing[i] && isCandidate(n, implementationDuties);
            Node p = n.parent;
            if (p != null) {
                qualifiedBelow[p.index] += (qualifies[i] ? 1 : 0) + qualifiedBelow[i];
                Node first = qualifies[i] ? n : firstQualifiedBelow[i];
                if (first != null) {
                    firstQualifiedBelow[p.index] = first;
                }
            }
        }
    }

    private Zone zoneOf(Node n) {
        Zone inherited = n.parent == null ? Zone.PLAN : zone[n.parent.index];
        if (!n.isHeading() || inherited == Zone.OUTSIDE) {
            return inherited;
        }
        if (IMPLEMENTATION.matcher(src.fold).region(n.contentStart, n.lineEnd).lookingAt()) {
            return Zone.IMPLEMENTATION;
        }
        boolean outside =
                OUTSIDE.matcher(src.fold).region(n.contentStart, n.lineEnd).lookingAt();
        return outside ? Zone.OUTSIDE : inherited;
    }

    private boolean isCandidate(Node n, boolean implementationDuties) {
        if (zone[n.index] == Zone.OUTSIDE) {
            return false;
        }
        if (inLetterhead(n)) {
            // "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" above the plan number names the issuer, not a tier
            return false;
        }
        if (field(n) != null) {
            // "Thời gian: cấp tỉnh 01 ngày, trước ...; cấp huyện ..., trước ...": one line, many tiers
            return label(n) != null
                    && field(n) == Field.TIME
                    && n.children.isEmpty()
                    && clauses(n).size() >= 2;
        }
        int subjectEnd = subjectEnd(n.contentStart, n.lineEnd);
        boolean cue = (n.isHeading() ? HEADING_CUE : LINE_CUE)
                .matcher(src.fold)
                .region(n.contentStart, subjectEnd)
                .find();
        // "- Hội nghị thứ hai dành cho ...: 01 buổi, hoàn thành trước ...": a conference of its own
        cue |= !n.isHeading()
                && CONFERENCE_LINE
                        .matcher(src.fold)
                        .region(n.contentStart, n.lineEnd)
                        .lookingAt()
                && hasOwnDurationAndDate(n);
        boolean target = cue || !ownLevels(n).isEmpty();
        if (zone[n.index] == Zone.IMPLEMENTATION) {
            boolean duty = ACTION_CUE
                            .matcher(src.fold)
                            .region(n.contentStart, n.blockEnd)
                            .find()
                    || (implementationDuties
                            && !ownLevels(n).isEmpty()
                            && ACTIVITY_CUE
                                    .matcher(src.fold)
                                    .region(n.contentStart, n.lineEnd)
                                    .find());
            return target && duty && hasStrongDeadline(n);
        }
        return target;
    }

    private boolean hasOwnDurationAndDate(Node n) {
        int i = firstDuration(n.contentStart);
        return i < durations.size()
                && durations.get(i).start() < n.lineEnd
                && !dates.within(n.contentStart, n.lineEnd).isEmpty();
    }

    private boolean hasStrongDeadline(Node n) {
        for (DateMention m : dates.within(n.contentStart, n.blockEnd)) {
            if (dates.trigger(m) == DateScanner.Trigger.STRONG) {
                return true;
            }
        }
        return false;
    }

    private void select(Node n, List<Unit> out) {
        ParseBudget.check();
        if (out.size() > TierExtractor.MAX_TIERS) {
            return;
        }
        int i = n.index;
        boolean leaf = qualifiedBelow[i] == 0 || (qualifiedBelow[i] == 1 && !firstQualifiedBelow[i].isNumbered());
        if (qualifies[i] && leaf) {
            List<Unit> clauses = n.children.isEmpty() ? clauses(n) : List.of();
            if (clauses.size() >= 2) {
                out.addAll(clauses);
            } else {
                out.add(new Unit(n, n.contentStart, n.lineEnd, true));
            }
            return;
        }
        for (Node c : n.children) {
            select(c, out);
        }
    }

    /**
     * A line naming several levels, each with its own timing ({@code Cấp tỉnh hoàn thành trước
     * 15/5/2021; cấp huyện trước 30/5/2021}), or a paragraph of news prose telling the tiers in
     * successive sentences, split into one unit per level. The line is cut at {@code ;} and at
     * sentence ends (else at {@code ,}); a piece that names a level starts a new unit, other pieces
     * (details, the deadline after a length) stay with the unit before them, and pieces before the
     * first level (an introduction) belong to no unit. Empty unless every unit has timing.
     */
    List<Unit> clauses(Node n) {
        FieldLabels.Hit own = label(n);
        int from = own != null && own.field() == Field.TIME ? own.valueStart() : n.contentStart;
        for (int pass = 0; pass < 2; pass++) {
            List<int[]> segments = new ArrayList<>();
            int start = from;
            while (start < n.lineEnd) {
                int end = start;
                while (end < n.lineEnd && !isBreak(end, pass)) {
                    end++;
                }
                boolean names = FieldLabels.atStart(src.fold, start, end) == null
                        && !levels.find(src.fold, start, subjectEnd(start, end), grassrootsAbove(n))
                                .isEmpty();
                if (names) {
                    segments.add(new int[] {start, end});
                } else if (!segments.isEmpty()) {
                    segments.get(segments.size() - 1)[1] = end;
                }
                start = end + 1;
            }
            // on a "Thời gian:" line every date is a time
            boolean timeLine = own != null && own.field() == Field.TIME;
            if (segments.size() >= 2 && segments.stream().allMatch(r -> hasTiming(r[0], r[1], timeLine))) {
                return segments.stream()
                        .map(r -> new Unit(n, r[0], r[1], false))
                        .toList();
            }
        }
        return List.of();
    }

    /** Pass 0 cuts at {@code ;} and sentence ends ({@code .} before a blank), pass 1 at commas. */
    private boolean isBreak(int i, int pass) {
        char c = src.fold.charAt(i);
        if (pass == 1) {
            return c == ',';
        }
        return c == ';' || (c == '.' && i + 1 < src.fold.length() && Character.isWhitespace(src.fold.charAt(i + 1)));
    }
}
