package vn.tiendo.plan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the input, parse() answers a draft, never an exception, with spans in bounds. */
class RobustnessTest {
    private static final int ONE_MB = 1 << 20;
    private final PlanTextParser parser = new PlanTextParser();

    /** Parses and checks what must hold for any input; the parser must not have failed inside. */
    private ParsedPlan parseChecked(String text) {
        ParsedPlan plan = parser.parse(text);
        int length = text == null ? 0 : text.length();
        for (Map.Entry<String, Span> e : plan.spans().entrySet()) {
            Span s = e.getValue();
            assertTrue(
                    0 <= s.start() && s.start() <= s.end() && s.end() <= length,
                    e.getKey() + " " + s + " out of [0, " + length + "]");
            assertTrue(s.confidence() >= 0 && s.confidence() <= 1);
        }
        assertFalse(plan.warnings().isEmpty(), "a draft without warnings from odd input");
        assertTrue(
                plan.warnings().stream().noneMatch(w -> w.startsWith("Không đọc được văn bản")),
                plan.warnings()::toString);
        return plan;
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n\n\t\r\n", "\u00a0"})
    void emptyInputGivesAnEmptyDraftWithAWarning(String text) {
        ParsedPlan plan = parser.parse(text);
        assertNull(plan.number());
        assertNull(plan.title());
        assertEquals(0, plan.tiers().size());
        assertEquals(Map.of(), plan.spans());
        assertEquals(1, plan.warnings().size());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hôm nay trời đẹp, chúng tôi đi chợ mua rau và cá.",
                "The quick brown fox jumps over the lazy dog. 12/12/2020",
                "1. 2. 3. a) b) - - + + I. II. ::::: ;;;;; //// ----",
                "ngày ngày ngày tháng tháng năm năm cấp cấp buổi buổi",
                "Cấp tỉnh",
                "trước ngày 31/10/2020",
                "KẾ HOẠCH",
                "Mục đích:",
                "\u0301\u0300 leading combining marks \ud83d\ude00 emoji \ud800 lone surrogate",
            })
    void textWithoutAPlanGivesAPartialDraft(String text) {
        ParsedPlan plan = parseChecked(text);
        assertEquals(0, plan.tiers().size());
    }

    @Test
    void randomGarbage() {
        Random random = new Random(20240601);
        String alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậđĐ0123456789 /-–.,:;()*\n\t"
                + "\u0301\u0300\u0303\u0309\u0323\u00a0";
        String[] words = {
            "cấp tỉnh",
            "cấp huyện",
            "chi bộ",
            "hoàn thành trước ngày",
            "tháng",
            "năm",
            "01 buổi",
            "1,5 ngày",
            "nhiệm kỳ 2020 - 2025",
            "I.",
            "1.1.",
            "a)",
            "- ",
            "+ ",
            "Mục đích",
            "Yêu cầu",
            "Thành phần:",
            "Báo cáo viên:",
            "trực tuyến",
            "Kế hoạch số",
            "Nghị quyết số",
            "KẾ HOẠCH\n",
            "Nơi nhận:",
            "14 - 15/6",
            "31/12",
            "\n",
            ";"
        };
        for (int round = 0; round < 300; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(3000);
            while (sb.length() < length) {
                if (random.nextInt(4) == 0) {
                    sb.append(words[random.nextInt(words.length)]).append(' ');
                } else {
                    sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            parseChecked(sb.toString());
        }
    }

    @Test
    void randomBytesAndCodePoints() {
        Random random = new Random(7);
        for (int round = 0; round < 100; round++) {
            byte[] bytes = new byte[random.nextInt(5000)];
            random.nextBytes(bytes);
            parseChecked(new String(bytes, StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                sb.append((char) random.nextInt(0x10000));
            }
            parseChecked(sb.toString());
        }
    }

    @Test
    void oneMegabyteOfGarbage() {
        Random random = new Random(1);
        StringBuilder sb = new StringBuilder(ONE_MB);
        while (sb.length() < ONE_MB) {
            sb.append((char) (0x20 + random.nextInt(0x2000)));
            if (random.nextInt(120) == 0) {
                sb.append('\n');
            }
        }
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parseChecked(sb.toString()));
    }

    @Test
    void oneMegabyteWithoutALineBreak() {
        String line = "cấp tỉnh hoàn thành trước ngày 31/12/2020 và 01 buổi ".repeat(ONE_MB / 50);
        ParsedPlan plan = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parseChecked(line));
        assertEquals(1, plan.tiers().size());
    }

    /** The tier section of the Tam Kỳ plan over and over (its "Nơi nhận" would end the plan). */
    @Test
    void oneMegabyteOfRepeatedPlansKeepsTheFirstHundredTiers() throws IOException {
        String sample = SamplePlansTest.sample("tam-ky-plan-2020.txt");
        String tiers =
                sample.substring(sample.indexOf("II. TỔ CHỨC HỘI NGHỊ"), sample.indexOf("III. TỔ CHỨC THỰC HIỆN"));
        String text = tiers.repeat(ONE_MB / tiers.length() + 1);
        ParsedPlan plan = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parseChecked(text));
        assertEquals(TierExtractor.MAX_TIERS, plan.tiers().size());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("chỉ lấy 100 đợt đầu")));
        assertEquals(plan.tiers().get(0), plan.tiers().get(3));
    }

    @Test
    void mixedNormalisationKeepsSpansOnTheOriginal() {
        String nfd = java.text.Normalizer.normalize("Cấp cơ sở", java.text.Normalizer.Form.NFD);
        String text = "Kế hoạch số 01-KH/TU ngày 05/01/2021\n" + nfd + ": 01 buổi, hoàn thành trước ngày 31/3/2021";
        ParsedPlan plan = parseChecked(text);
        Span name = plan.spans().get("tiers[0].name");
        assertEquals(nfd, text.substring(name.start(), name.end()));
        Span deadline = plan.spans().get("tiers[0].deadline");
        assertEquals("31/3/2021", text.substring(deadline.start(), deadline.end()));
    }
}
