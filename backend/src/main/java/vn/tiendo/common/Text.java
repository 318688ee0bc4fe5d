package vn.tiendo.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese-aware text helpers. */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Text() {}

    /** Lower case without diacritics ("Thành ủy Tam Kỳ" → "thanh uy tam ky"), for accent-insensitive search. */
    public static String searchKey(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String stripped =
                MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Escapes LIKE wildcards so user text matches literally. */
    public static String likeLiteral(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
