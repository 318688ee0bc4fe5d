package vn.tiendo.plan.parse;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of tier it is ({@code activity}) and how it meets ({@code format}), from cue words.
 * Ranges are {@code {start, end, flag}} triples of folded-text indices; the flag marks a line
 * labelled {@code Hình thức} (format), where a bare {@code trực tiếp} does mean "in person".
 */
final class TierKind {
    private static final Pattern ONLINE =
            Pattern.compile("\\b(?:truc\\s*tuyen|diem\\s*cau|online|cau\\s*truyen\\s*hinh)\\b");
    /** Elsewhere "trực tiếp" is usually "in person" of the presenter ("trực tiếp báo cáo"). */
    private static final Pattern IN_PERSON = Pattern.compile("\\b(?:(?:hinh\\s*thuc|to\\s*chuc)\\s*"
            + "truc\\s*tiep|truc\\s*tiep\\s*(?:tai|va|ket\\s*hop)|ket\\s*hop\\s*(?:voi\\s*)?truc\\s*tiep"
            + "|truc\\s*tuyen\\s*ket\\s*hop|hoc\\s*tap\\s*trung|tap\\s*trung\\s*tai|hoi\\s*truong)\\b");

    private static final Pattern DIRECT = Pattern.compile("\\btruc\\s*tiep\\b");
    private static final Pattern CONFERENCE = Pattern.compile("\\bhoi\\s*nghi\\b");

    private enum Activity {
        ACTION_PROGRAMME("\\b(?:(?:chuong\\s*trinh|ke\\s*hoach)\\s*hanh\\s*dong|xay\\s*dung\\s*"
                + "(?:chuong\\s*trinh|ke\\s*hoach)\\s*thuc\\s*hien)\\b"),
        PROPAGANDA("\\b(?:tuyen\\s*truyen|nhan\\s*dan|pho\\s*bien)\\b"),
        STUDY("\\b(?:hoc\\s*tap|quan\\s*triet|nghien\\s*cuu|hoi\\s*nghi|bao\\s*cao\\s*vien" + "|sinh\\s*hoat)\\b");

        final Pattern cue;

        Activity(String regex) {
            this.cue = Pattern.compile(regex);
        }
    }

    private TierKind() {}

    /**
     * The earliest activity word in the tier's name; else {@code STUDY} when it has a session
     * length; else the earliest activity word in its body; else {@code STUDY}, what these plans are
     * mostly about (with start -1: no span, as nothing in the text says so).
     */
    static Found<String> activity(
            String fold, int nameStart, int nameEnd, Found<BigDecimal> duration, List<int[]> body) {
        Found<String> inName = earliestCue(fold, nameStart, nameEnd, 0.8);
        if (inName != null) {
            return inName;
        }
        if (duration != null) {
            return new Found<>("STUDY", duration.start(), duration.end(), 0.6);
        }
        for (int[] r : body) {
            Found<String> f = earliestCue(fold, r[0], r[1], 0.6);
            if (f != null) {
                return f;
            }
        }
        return new Found<>("STUDY", -1, -1, 0.3);
    }

    /**
     * {@code ONLINE} when the tier speaks of bridge points or meeting online, {@code HYBRID} when it
     * also says it meets in person; {@code IN_PERSON} when it only says that, or, for a study tier,
     * when it or a heading above calls it a conference ({@code hội nghị}); else null.
     */
    static Found<String> format(String fold, List<int[]> ranges, List<int[]> above, boolean study) {
        Found<String> online = null;
        Found<String> inPerson = null;
        for (int[] r : ranges) {
            online = online != null ? online : cue(fold, ONLINE, r, "ONLINE", 0.75);
            inPerson = inPerson != null ? inPerson : cue(fold, r[2] == 1 ? DIRECT : IN_PERSON, r, "IN_PERSON", 0.7);
        }
        if (online != null) {
            return inPerson == null
                    ? online
                    : new Found<>(
                            "HYBRID",
                            Math.min(online.start(), inPerson.start()),
                            Math.max(online.end(), inPerson.end()),
                            0.7);
        }
        if (inPerson != null || !study) {
            return inPerson;
        }
        for (List<int[]> lines : List.of(ranges, above)) {
            for (int[] r : lines) {
                Found<String> f = cue(fold, CONFERENCE, r, "IN_PERSON", 0.4);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Found<String> cue(String fold, Pattern p, int[] range, String value, double confidence) {
        Matcher m = p.matcher(fold).region(range[0], range[1]);
        return m.find() ? new Found<>(value, m.start(), m.end(), confidence) : null;
    }

    private static Found<String> earliestCue(String fold, int start, int end, double confidence) {
        Found<String> best = null;
        for (Activity a : Activity.values()) {
            Matcher m = a.cue.matcher(fold).region(start, end);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = new Found<>(a.name(), m.start(), m.end(), confidence);
            }
        }
        return best;
    }
}
