package vn.tiendo.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class MemberCodeTest {
    /** The pattern the one-pass check replaced. */
    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._\\-]{1,64}");

    @Test
    void registerCodesPassAndOthersDoNot() {
        assertTrue(MemberImportService.isCode("DV-0123.45_Đ"));
        assertTrue(MemberImportService.isCode("x".repeat(64)));
        assertFalse(MemberImportService.isCode("x".repeat(65)));
        assertFalse(MemberImportService.isCode(""));
        assertFalse(MemberImportService.isCode("DV 01"));
        assertFalse(MemberImportService.isCode("DV/01"));
    }

    @Test
    void agreesWithThePatternOnRandomCodes() {
        String alphabet = "aZđĐ09٣Ⅻ½._-/ ,\"\t\u0301\uD835\uDC00\uD800€";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(3) == 0 ? 60 + random.nextInt(8) : random.nextInt(8);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String code = s.toString();
            assertEquals(CODE.matcher(code).matches(), MemberImportService.isCode(code), code);
        }
    }
}
