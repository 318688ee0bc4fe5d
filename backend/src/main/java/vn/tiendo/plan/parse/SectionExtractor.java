package vn.tiendo.plan.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose sections: purpose ({@code MỤC ĐÍCH}), requirements ({@code YÊU CẦU}) and materials
 * ({@code Tài liệu}). A section is a heading that is only its label ({@code 1. Mục đích},
 * {@code Yêu cầu:}), so a sentence that merely starts with the word ({@code Yêu cầu các cấp ủy
 * ...}) is not one.
 */
final class SectionExtractor {
    private static final String PURPOSE = "muc\\s*dich";
    private static final String REQUIREMENTS = "yeu\\s*cau";
    private static final Pattern PURPOSE_LABEL = label(PURPOSE);
    private static final Pattern REQUIREMENTS_LABEL = label(REQUIREMENTS);
    private static final Pattern BOTH_LABEL = label(PURPOSE + "\\s*[,-]?\\s*(?:va\\s*)?" + REQUIREMENTS);
    /** A news-style plan says what it is for in a sentence: "Kế hoạch nhằm ...". */
    private static final Pattern PURPOSE_SENTENCE =
            Pattern.compile("\\bke\\s*hoach\\s*(?:nay\\s*)?(?:de\\s*ra\\s*)?nham\\s*");
    /** ... and what it demands: "đề nghị / yêu cầu việc học tập ... đảm bảo nghiêm túc". */
    private static final Pattern REQUIREMENTS_SENTENCE = Pattern.compile(
            "\\b(?:de\\s*nghi|yeu\\s*cau)\\b[^\\n]{0,200}?\\b(?:dam\\s*bao|bao\\s*dam|nghiem\\s*tuc)\\b");

    private final SourceText src;
    private final Outline outline;

    SectionExtractor(SourceText src, Outline outline) {
        this.src = src;
        this.outline = outline;
    }

    Found<String> purpose() {
        Found<String> f = section(PURPOSE_LABEL);
        if (f == null) {
            f = both();
        }
        if (f == null) {
            Matcher m = PURPOSE_SENTENCE.matcher(src.fold);
            if (m.find()) {
                int end = lineEnd(m.end());
                if (end > m.end()) {
                    String v = SourceText.capitalise(src.value(m.end(), end));
                    return new Found<>(v, m.end(), end, 0.5);
                }
            }
        }
        return f;
    }

    Found<String> requirements() {
        Found<String> f = section(REQUIREMENTS_LABEL);
        if (f == null && section(PURPOSE_LABEL) == null && both() == null) {
            Matcher m = REQUIREMENTS_SENTENCE.matcher(src.fold);
            if (m.find()) {
                int start = src.fold.lastIndexOf('\n', m.start()) + 1;
                int end = lineEnd(m.start());
                return new Found<>(src.value(start, end), start, end, 0.4);
            }
        }
        return f;
    }

    /** The first {@code Tài liệu ...:} line or heading, with what is under it. */
    Found<String> materials() {
        for (Outline.Node n : outline.nodes) {
            FieldLabels.Hit hit = FieldLabels.atStart(src.fold, n.contentStart, n.lineEnd);
            if (hit != null && hit.field() == FieldLabels.Field.MATERIALS) {
                Found<String> f = body(n, hit.valueStart(), 0.8);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** A heading "Mục đích, yêu cầu" with no separate sub-headings: all of it is the purpose. */
    private Found<String> both() {
        for (Outline.Node n : outline.nodes) {
            Matcher m = BOTH_LABEL.matcher(src.fold).region(n.contentStart, n.lineEnd);
            if (m.lookingAt() && n.children.stream().noneMatch(this::isSectionLabel)) {
                return body(n, m.end(), 0.5);
            }
        }
        return null;
    }

    private Found<String> section(Pattern label) {
        for (Outline.Node n : outline.nodes) {
            Matcher m = label.matcher(src.fold).region(n.contentStart, n.lineEnd);
            if (m.lookingAt()) {
                Found<String> f = body(n, m.end(), 0.85);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /**
     * What follows a label: the rest of its line and everything under it. A label that is not a
     * heading ({@code Mục đích:} as a plain line) owns the following lines up to the next heading
     * or label, since plain lines are siblings in the outline.
     */
    private Found<String> body(Outline.Node n, int from, double confidence) {
        int end = n.blockEnd;
        if (!n.isHeading()) {
            List<Outline.Node> nodes = outline.nodes;
            for (int i = n.index + 1; i < nodes.size(); i++) {
                Outline.Node next = nodes.get(i);
                if (next.isHeading() || next.depth < n.depth || isSectionLabel(next)) {
                    break;
                }
                end = next.blockEnd;
            }
        }
        int[] r = src.trim(from, end);
        return r[1] > r[0] ? new Found<>(src.text.substring(r[0], r[1]), r[0], r[1], confidence) : null;
    }

    private boolean isSectionLabel(Outline.Node n) {
        return PURPOSE_LABEL.matcher(src.fold).region(n.contentStart, n.lineEnd).lookingAt()
                || REQUIREMENTS_LABEL
                        .matcher(src.fold)
                        .region(n.contentStart, n.lineEnd)
                        .lookingAt()
                || FieldLabels.atStart(src.fold, n.contentStart, n.lineEnd) != null;
    }

    /** The label alone, then a colon or the end of the line. */
    private static Pattern label(String words) {
        return Pattern.compile("[*_\\s]*" + words + "[*_\\s.]*(?::|$)");
    }

    private int lineEnd(int pos) {
        int nl = src.fold.indexOf('\n', pos);
        return nl < 0 ? src.length() : nl;
    }
}
