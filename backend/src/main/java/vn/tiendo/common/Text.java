package vn.tiendo.common;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese-aware text helpers. */
public final class Text {
    private Text() {}

    /**
     * Lower case without diacritics ("Thành ủy Tam Kỳ" → "thanh uy tam ky"), for accent-insensitive search: marks
     * removed after NFD, đ → d, runs of white space made one space, trimmed. One pass over the text (an import computes
     * it for every line; the regex version was 40 % of a roster import's CPU).
     */
    public static String searchKey(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean inSpace = false;
        boolean sigma = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK
                    || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r') {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
                continue;
            }
            inSpace = false;
            if (cp == 'đ' || cp == 'Đ') {
                out.append('d');
            } else if (cp == 'Σ') {
                sigma = true; // its lower case depends on the letters around it: left to String.toLowerCase
                out.append('Σ');
            } else {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        String key = out.toString();
        return (sigma ? key.toLowerCase(Locale.ROOT) : key).trim();
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
