package vn.tiendo.plan.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels plans put before a tier's details: {@code a. Đối tượng}, {@code - Thời gian: ...},
 * {@code Báo cáo viên: ...}, and the same labels inside a sentence ({@code ...; thành phần: ...}).
 */
final class FieldLabels {
    enum Field {
        AUDIENCE,
        PRESENTER,
        TIME,
        FORMAT,
        MATERIALS,
        PLACE,
        CONTENT
    }

    /**
     * A label: what it names, where the labelled part starts (for an inline label, at the separator
     * before it), and where its value starts (after any colon).
     */
    record Hit(Field field, int start, int valueStart) {}

    private static final String WORDS = "(doi\\s*tuong|thanh\\s*phan(?:\\s*tham\\s*du|\\s*du)?"
            + "|nguoi\\s*tham\\s*du|bao\\s*cao\\s*vien|nguoi\\s*(?:trinh\\s*bay|bao\\s*cao)"
            + "|trinh\\s*bay|giang\\s*vien|thoi\\s*gian|thoi\\s*diem|thoi\\s*han|hinh\\s*thuc"
            + "|tai\\s*lieu|dia\\s*diem|noi\\s*dung)\\b";
    private static final Pattern AT_START = Pattern.compile("[*_\\s]*" + WORDS);
    /** "Thời gian, thành phần": a section about several details, not one detail. */
    private static final Pattern ANOTHER = Pattern.compile("\\s*(?:,|-|va\\b)\\s*" + WORDS);

    private static final Pattern INLINE = Pattern.compile(
            "(?:[;.]|,|\\s-)\\s*(doi\\s*tuong|thanh\\s*phan(?:\\s*tham\\s*du|\\s*du)?|bao\\s*cao\\s*vien"
                    + "|nguoi\\s*trinh\\s*bay|hinh\\s*thuc|dia\\s*diem)\\s*[*_]*\\s*:"
                    + "|(?:[;.]|,)\\s*(thanh\\s*phan)\\s*(?:gom(?:\\s*co)?|la)\\b");
    /** A label heads a line when a colon follows soon, or the line is hardly more than it. */
    private static final int MAX_LABEL_TAIL = 70;

    private static final int MAX_BARE_LABEL = 30;

    private FieldLabels() {}

    /** The label that opens {@code fold[start, end)}, or null. */
    static Hit atStart(String fold, int start, int end) {
        Matcher m = AT_START.matcher(fold).region(start, end);
        if (!m.lookingAt() || ANOTHER.matcher(fold).region(m.end(), end).lookingAt()) {
            return null;
        }
        int colon = fold.indexOf(':', m.end());
        int valueStart;
        if (colon >= 0 && colon < end && colon - m.end() <= MAX_LABEL_TAIL) {
            valueStart = colon + 1;
        } else if (end - m.end() <= MAX_BARE_LABEL) {
            valueStart = end;
        } else {
            return null;
        }
        return new Hit(field(m.group(1)), m.start(1), valueStart);
    }

    /** The first label inside a sentence in {@code fold[start, end)}, or null. */
    static Hit inline(String fold, int start, int end) {
        Matcher m = INLINE.matcher(fold).region(start, end);
        return m.find() ? new Hit(field(m.group(1) != null ? m.group(1) : m.group(2)), m.start(), m.end()) : null;
    }

    /** Where an inline label's value stops: the next {@code ;}, the next inline label, or end. */
    static int inlineValueEnd(String fold, int valueStart, int end) {
        int semi = fold.indexOf(';', valueStart);
        int stop = semi >= 0 && semi < end ? semi : end;
        Hit next = inline(fold, valueStart, stop);
        return next == null ? stop : next.start();
    }

    private static Field field(String label) {
        String l = label.replaceAll("\\s+", "");
        if (l.startsWith("doituong") || l.startsWith("thanhphan") || l.startsWith("nguoithamdu")) {
            return Field.AUDIENCE;
        }
        if (l.startsWith("baocaovien")
                || l.startsWith("nguoi")
                || l.startsWith("trinhbay")
                || l.startsWith("giangvien")) {
            return Field.PRESENTER;
        }
        if (l.startsWith("thoi")) {
            return Field.TIME;
        }
        if (l.startsWith("hinhthuc")) {
            return Field.FORMAT;
        }
        if (l.startsWith("tailieu")) {
            return Field.MATERIALS;
        }
        return l.startsWith("diadiem") ? Field.PLACE : Field.CONTENT;
    }
}
