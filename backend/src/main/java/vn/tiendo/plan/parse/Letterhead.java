package vn.tiendo.plan.parse;

import java.util.regex.Pattern;

import vn.tiendo.plan.parse.Outline.Node;

/**
 * Where the letterhead ends: the issuer's lines at the top of an official document
 * ({@code ĐẢNG BỘ TỈNH QUẢNG NAM}, {@code ĐẢNG ỦY XÃ TAM XUÂN}, {@code *}), which name the issuer
 * and never a tier.
 *
 * <p>With a header number line ({@code Số 12-KH/TU}) the letterhead is what stands above it.
 * Without one, it is a run of capitalised lines at the very top followed by the place and date
 * ({@code Tam Kỳ, ngày ...}) or by the document's kind ({@code KẾ HOẠCH}, {@code CHỈ THỊ},
 * {@code Kế hoạch học tập ...}); a run of capitals followed by anything else (a headline, a first
 * tier heading) is left as it is.
 */
final class Letterhead {
    /** At most this many lines of a letterhead are looked at. */
    private static final int MAX_LINES = 8;

    private static final Pattern KIND = Pattern.compile("[*_#\\s]*(?:ke\\s*hoach|chi\\s*thi|ket\\s*luan"
            + "|huong\\s*dan|thong\\s*bao|chuong\\s*trinh(?:\\s*hanh\\s*dong)?|cong\\s*van|nghi\\s*quyet)\\b");
    private static final Pattern PLACE_DATE = Pattern.compile("[*_\\s]*[^\\d\\n,:;.]{2,40},[ \\t]*ngay[ \\t]*\\d");
    private static final Pattern NUMBER_LINE = Pattern.compile("[*_\\s]*so[ \\t]*:?[ \\t]*\\d");

    private Letterhead() {}

    /**
     * The end of the letterhead in the folded text, 0 when there is none.
     *
     * @param numberStart where a header number line's number starts, or 0 when the text has none
     */
    static int end(SourceText src, Outline outline, int numberStart) {
        if (numberStart > 0) {
            return numberStart;
        }
        String fold = src.fold;
        int end = 0;
        int lines = 0;
        for (Node n : outline.nodes) {
            if (++lines > MAX_LINES) {
                break;
            }
            if (at(KIND, fold, n)) {
                // the capitals above the document's kind are the issuer's
                return lines > 1 ? n.lineStart : 0;
            }
            if (at(PLACE_DATE, fold, n) || at(NUMBER_LINE, fold, n)) {
                end = lines > 1 ? n.lineEnd : 0;
                continue;
            }
            if (n.kind != Outline.Kind.CAPS) {
                break;
            }
        }
        return end;
    }

    private static boolean at(Pattern p, String fold, Node n) {
        return p.matcher(fold).region(n.lineStart, n.lineEnd).lookingAt();
    }
}
