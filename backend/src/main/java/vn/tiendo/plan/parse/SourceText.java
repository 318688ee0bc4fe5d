package vn.tiendo.plan.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The input in three aligned forms.
 *
 * <ul>
 *   <li>{@link #text}: the input normalised to NFC, where values are read from;
 *   <li>{@link #fold}: {@code text} with exactly one char per char of {@code text}, lower-cased,
 *       without Vietnamese diacritics ({@code đ} becomes {@code d}), with every dash as {@code -}
 *       and odd spaces as a plain space; every pattern matches against this, so an index found in
 *       {@code fold} is also an index into {@code text};
 *   <li>the original string, which spans refer to.
 * </ul>
 *
 * <p>NFC is applied one base character plus its combining marks at a time, which gives the same
 * result as whole-string NFC for Vietnamese (and any Latin text) and lets every index of
 * {@code text} be mapped back to the original characters it came from.
 */
final class SourceText {
    private static final char[] FOLD = buildFoldTable();

    final String original;
    final String text;
    final String fold;
    /** Original start / end of the segment that produced each char of {@code text}; null if same. */
    private final int[] origStart;

    private final int[] origEnd;

    SourceText(String original) {
        this.original = original;
        if (Normalizer.isNormalized(original, Normalizer.Form.NFC) && !hasLongBlankRun(original)) {
            this.text = original;
            this.origStart = null;
            this.origEnd = null;
        } else {
            StringBuilder out = new StringBuilder(Math.min(original.length(), 1 << 16));
            // NFC may also lengthen a few characters (composition exclusions such as U+0344).
            int[] starts = new int[Math.min(original.length(), 1 << 16) + 1];
            int[] ends = new int[starts.length];
            int spaces = 0;
            int newlines = 0;
            int i = 0;
            while (i < original.length()) {
                int segEnd = i + Character.charCount(original.codePointAt(i));
                while (segEnd < original.length() && isMark(original.codePointAt(segEnd))) {
                    segEnd += Character.charCount(original.codePointAt(segEnd));
                }
                char c = original.charAt(i);
                if (segEnd == i + 1 && isLineBreak(original, i)) {
                    spaces = 0;
                    if (++newlines > MAX_NEWLINES) {
                        i = segEnd;
                        continue;
                    }
                } else if (segEnd == i + 1 && isBlank(c)) {
                    if (++spaces > MAX_SPACES) {
                        i = segEnd;
                        continue;
                    }
                } else if (!(c == '\r')) {
                    spaces = 0;
                    newlines = 0;
                }
                String nfc = segEnd == i + 1
                        ? String.valueOf(c)
                        : Normalizer.normalize(original.substring(i, segEnd), Normalizer.Form.NFC);
                if (out.length() + nfc.length() > starts.length) {
                    int size = Math.max(starts.length * 2, out.length() + nfc.length());
                    starts = Arrays.copyOf(starts, size);
                    ends = Arrays.copyOf(ends, size);
                }
                for (int k = 0; k < nfc.length(); k++) {
                    starts[out.length() + k] = i;
                    ends[out.length() + k] = segEnd;
                }
                out.append(nfc);
                i = segEnd;
            }
            this.text = out.toString();
            this.origStart = starts;
            this.origEnd = ends;
        }
        char[] folded = new char[text.length()];
        for (int k = 0; k < folded.length; k++) {
            char c = text.charAt(k);
            folded[k] = c < FOLD.length ? FOLD[c] : foldChar(c);
        }
        // A lone CR (old Mac line ends) separates lines; the CR of a CRLF becomes a space.
        for (int k = 0; k < folded.length; k++) {
            if (text.charAt(k) == '\r') {
                folded[k] = k + 1 < folded.length && text.charAt(k + 1) == '\n' ? ' ' : '\n';
            }
        }
        this.fold = new String(folded);
    }

    /**
     * Runs of blanks are cut short while reading, so that no pattern ever meets a long one: at most
     * {@value #MAX_SPACES} spaces or tabs in a row (two or more still mark a column of a table
     * pasted as text) and at most {@value #MAX_NEWLINES} line breaks in a row (a blank line still
     * ends a paragraph). Every {@code \s*} in the reader's patterns is then bounded by a constant.
     */
    static final int MAX_SPACES = 4;

    static final int MAX_NEWLINES = 2;

    private static boolean hasLongBlankRun(String s) {
        int spaces = 0;
        int newlines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isLineBreak(s, i)) {
                spaces = 0;
                if (++newlines > MAX_NEWLINES) {
                    return true;
                }
            } else if (isBlank(c)) {
                if (++spaces > MAX_SPACES) {
                    return true;
                }
            } else if (c != '\r') {
                spaces = 0;
                newlines = 0;
            }
        }
        return false;
    }

    /** A line break: {@code \n}, or a lone {@code \r} (the CR of a CRLF goes with its LF). */
    private static boolean isLineBreak(String s, int i) {
        char c = s.charAt(i);
        return c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'));
    }

    private static boolean isBlank(char c) {
        return c != '\n' && c != '\r' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B');
    }

    int length() {
        return text.length();
    }

    /** The span in original indices for {@code [start, end)} of {@link #text}. */
    Span span(int start, int end, double confidence) {
        if (origStart == null) {
            return new Span(start, end, confidence);
        }
        int s = start >= text.length() ? original.length() : origStart[start];
        int e = end <= start ? s : origEnd[end - 1];
        return new Span(s, e, confidence);
    }

    /** {@code text[start, end)} with surrounding blanks and markdown emphasis removed. */
    String value(int start, int end) {
        int[] r = trim(start, end);
        return text.substring(r[0], r[1]);
    }

    /** {@code [start, end)} narrowed past surrounding blanks and {@code *} / {@code _}. */
    int[] trim(int start, int end) {
        while (start < end && isPadding(text.charAt(start))) {
            start++;
        }
        while (end > start && isPadding(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {start, end};
    }

    private static boolean isPadding(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*' || c == '_';
    }

    /** {@code s} with its first letter in upper case ({@code học tập} → {@code Học tập}). */
    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static char[] buildFoldTable() {
        char[] table = new char[0x2100];
        for (int c = 0; c < table.length; c++) {
            table[c] = foldChar((char) c);
        }
        return table;
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        switch (c) {
            case 'đ', 'Đ', 'ð', 'Ð':
                return 'd';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
                return '-';
            case '\u00A0', '\u2007', '\u202F', '\u3000', '\u200B':
                return ' ';
            default:
                break;
        }
        if (Character.isSpaceChar(c)) {
            return ' ';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(nfd.charAt(0));
    }
}
