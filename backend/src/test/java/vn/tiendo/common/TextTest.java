package vn.tiendo.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TextTest {
    /** The regex definition the one-pass searchKey replaced: stored keys were computed with it, so they must agree. */
    private static String reference(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String stripped = decomposed.replaceAll("\\p{M}+", "").replace('đ', 'd').replace('Đ', 'D');
        return stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }

    @Test
    void vietnameseNamesLoseTheirMarksAndCase() {
        assertEquals("thanh uy tam ky", Text.searchKey("Thành ủy Tam Kỳ"));
        assertEquals("dang uy phuong hai chau", Text.searchKey("  ĐẢNG ỦY\tphường \n Hải   Châu "));
        assertEquals("nguyen thi ngoc anh", Text.searchKey("Nguyễn Thị Ngọc Ánh"));
        assertEquals("", Text.searchKey(null));
        assertEquals("", Text.searchKey(" \t\r\n "));
    }

    @Test
    void agreesWithTheRegexDefinitionOnRandomText() {
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ"
                + "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
                + "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
                + "0123456789 \t\n\u000B\f\r\u00A0\u2003\u0001\u0301\u0323\u20DD\u0903"
                + "İıΣσςßﬁ\uD834\uDD65\uD835\uDC00\uD800-_.,;'\"";
        Random random = new Random(13);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertEquals(
                    reference(text),
                    Text.searchKey(text),
                    () -> "for "
                            + text.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }
}
