package vn.tiendo.plan.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of the committee that issued the plan as the text writes it ({@code TỈNH ỦY QUẢNG
 * NGÃI}, {@code Ban Thường vụ Huyện ủy Bình Sơn}, {@code Đảng ủy xã Tam Xuân 1}): a committee
 * word and the capitalised words of its place after it, in the header or first paragraphs. The
 * caller matches it to an organisation of its subtree.
 */
final class IssuerName {
    private static final Pattern COMMITTEE = Pattern.compile("\\b(?:tinh|thanh|huyen|thi|quan|dang)[ \\t]{0,3}uy\\b");
    /** Lower-case words that belong to a committee's name ({@code Đảng ủy phường Hương Trà}). */
    private static final Set<String> PLACE_WORDS =
            Set.of("xa", "phuong", "thi", "tran", "dac", "khu", "khoi", "co", "quan", "doanh", "nghiep");

    private static final int HEADER_CHARS = 1500;
    private static final int MAX_WORDS = 6;

    private IssuerName() {}

    static Found<String> find(SourceText src) {
        Matcher m = COMMITTEE.matcher(src.fold).region(0, Math.min(src.length(), HEADER_CHARS));
        while (m.find()) {
            ParseBudget.check();
            int end = m.end();
            int pos = m.end();
            int words = 0;
            boolean proper = false;
            while (words < MAX_WORDS) {
                int s = pos;
                while (s < src.length() && (src.text.charAt(s) == ' ' || src.text.charAt(s) == '\t')) {
                    s++;
                }
                int e = s;
                while (e < src.length() && Character.isLetterOrDigit(src.text.charAt(e))) {
                    e++;
                }
                if (e == s || s - pos > 3) {
                    break;
                }
                char first = src.text.charAt(s);
                boolean capital = Character.isUpperCase(first) || Character.isDigit(first);
                if (!capital && !PLACE_WORDS.contains(src.fold.substring(s, e))) {
                    break;
                }
                proper |= capital;
                words++;
                pos = e;
                if (capital) {
                    end = e;
                }
            }
            if (proper) {
                String name = src.text.substring(m.start(), end).replaceAll("\\s+", " ");
                return new Found<>(name, m.start(), end, 0.7);
            }
        }
        return null;
    }
}
