package vn.tiendo.plan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The two real documents in {@code /work/shared/samples}, read field by field. */
class SamplePlansTest {
    private final PlanTextParser parser = new PlanTextParser();

    static String sample(String name) throws IOException {
        try (InputStream in = SamplePlansTest.class.getResourceAsStream("/samples/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The text a span points at, for comparing with what a reader would select. */
    static String at(String text, ParsedPlan plan, String key) {
        Span s = plan.spans().get(key);
        assertNotNull(s, "no span for " + key);
        return text.substring(s.start(), s.end());
    }

    @Test
    void tamKyPlanHeader() throws IOException {
        String text = sample("tam-ky-plan-2020.txt");
        ParsedPlan plan = parser.parse(text);

        // The copy has no "Số ...-KH/TU" line nor a date of issue: both stay empty, with warnings.
        assertNull(plan.number());
        assertNull(plan.issuedOn());
        assertTrue(
                plan.warnings().contains("Không tìm thấy số kế hoạch (ví dụ “Kế hoạch số 01-KH/TU”)."),
                plan.warnings()::toString);
        assertTrue(plan.warnings().contains("Không tìm thấy ngày ban hành kế hoạch."));

        assertEquals(
                "Tổ chức học tập, quán triệt và tuyên truyền Nghị quyết Đại hội Đảng bộ Thành phố "
                        + "Tam Kỳ lần thứ XXI, nhiệm kỳ 2020-2025",
                plan.title());
        assertEquals(plan.title(), at(text, plan, "title"));
        assertEquals("Nghị quyết số 01-NQ/ĐH ngày 25/7/2020", plan.resolution());
        assertEquals("Nghị quyết số 01-NQ/ĐH, ngày 25/7/2020", at(text, plan, "resolution"));

        assertTrue(plan.purpose().startsWith("- Giúp toàn thể cán bộ, đảng viên, công chức"));
        assertTrue(plan.purpose().endsWith("thực hiện có hiệu quả các nội dung Nghị quyết đã đề ra."));
        assertTrue(plan.purpose().contains("\n\n- Việc nghiên cứu, học tập, triển khai"));
        assertEquals(plan.purpose(), at(text, plan, "purpose"));
        assertTrue(plan.requirements().startsWith("- Tổ chức nghiên cứu, học tập, quán triệt Nghị quyết"));
        assertTrue(plan.requirements().endsWith("trong các tầng lớp Nhân dân trên địa bàn thành phố."));
        assertEquals(
                "Cuốn sách: Văn kiện Đại hội Đảng bộ Thành phố Tam Kỳ lần thứ XXI, nhiệm kỳ "
                        + "2020-2025 do Ban Tuyên giáo Thành ủy Tam Kỳ phát hành, tháng 9 năm 2020.",
                plan.materials());
    }

    @Test
    void tamKyPlanTiers() throws IOException {
        String text = sample("tam-ky-plan-2020.txt");
        ParsedPlan plan = parser.parse(text);
        List<ParsedTier> tiers = plan.tiers();
        assertEquals(3, tiers.size(), tiers::toString);

        // 1.1. Đối với các Đảng bộ (grassroots party committees under the city committee)
        ParsedTier party = tiers.get(0);
        assertEquals("Các Đảng bộ", party.name());
        assertEquals("STUDY", party.activity());
        assertEquals(List.of("co-so"), party.levelCodes());
        assertEquals(0, new BigDecimal("0.5").compareTo(party.durationDays()));
        assertEquals(LocalDate.of(2020, 10, 31), party.deadline());
        assertEquals("IN_PERSON", party.format());
        assertEquals(
                "Toàn thể cán bộ, đảng viên, công chức, viên chức (kể cả người hoạt động không "
                        + "chuyên trách và cán bộ thôn, khối phố) của địa phương, đơn vị.",
                party.audience());
        assertTrue(party.presenter().startsWith("do Đồng chí Bí thư hoặc Phó Bí thư Đảng ủy xã, phường"));
        assertTrue(party.presenter().endsWith("giao đồng chí Bí thư Đảng ủy trực tiếp báo cáo."));
        assertEquals("31/10/2020", at(text, plan, "tiers[0].deadline"));
        assertEquals("01 buổi", at(text, plan, "tiers[0].durationDays"));

        // 1.2. Đối với các Chi bộ: grassroots cells under the city committee, so co-so too
        ParsedTier cells = tiers.get(1);
        assertEquals("Các Chi bộ", cells.name());
        assertEquals("STUDY", cells.activity());
        assertEquals(List.of("co-so"), cells.levelCodes());
        assertEquals(0, new BigDecimal("0.5").compareTo(cells.durationDays()));
        assertEquals(LocalDate.of(2020, 10, 31), cells.deadline());
        assertEquals("IN_PERSON", cells.format());
        assertEquals(
                "Toàn thể cán bộ, đảng viên, công chức, viên chức, người lao động của cơ quan, "
                        + "đơn vị và doanh nghiệp.",
                cells.audience());
        assertEquals("do Đồng chí Bí thư Chi bộ trực tiếp báo cáo.", cells.presenter());

        // 2. Việc tuyên truyền Nghị quyết trong nhân dân: the Front and mass organisations and the
        // commune/ward party committees spread it among the people.
        ParsedTier people = tiers.get(2);
        assertEquals("Việc tuyên truyền Nghị quyết trong nhân dân", people.name());
        assertEquals("PROPAGANDA", people.activity());
        assertEquals(List.of("co-so", "doan-the"), people.levelCodes());
        assertNull(people.durationDays());
        assertEquals(LocalDate.of(2020, 11, 15), people.deadline());
        assertNull(people.format());
        assertNull(people.audience());
        assertNull(people.presenter());
        assertEquals("15/11/2020", at(text, plan, "tiers[2].deadline"));
        assertEquals("tuyên truyền", at(text, plan, "tiers[2].activity"));
    }

    @Test
    void centralEightArticle() throws IOException {
        String text = sample("central-8-plan.txt");
        ParsedPlan plan = parser.parse(text);

        // A news article about the plan: no number, no date of issue, no tiers with timing.
        assertNull(plan.number());
        assertNull(plan.issuedOn());
        assertEquals(List.of(), plan.tiers());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.startsWith("Không tìm thấy đợt")));

        assertEquals(
                "Tổ chức nghiên cứu, học tập, quán triệt và tuyên truyền Nghị quyết Hội nghị lần "
                        + "thứ tám, Ban Chấp hành Trung ương Đảng khóa XIII",
                plan.title());
        assertEquals("Nghị quyết Hội nghị lần thứ tám, Ban Chấp hành Trung ương Đảng khóa XIII", plan.resolution());
        assertEquals(plan.resolution(), at(text, plan, "resolution"));
        assertTrue(plan.purpose().startsWith("Giúp cấp ủy, chính quyền, Mặt trận Tổ quốc"));
        assertTrue(plan.purpose().endsWith("nhận thức lệch lạc..."));
        assertTrue(plan.requirements().startsWith("Ban Thường vụ Tỉnh ủy đề nghị việc nghiên cứu"));
        assertNull(plan.materials());
    }

    @Test
    void decomposedCopyGivesTheSamePlanWithSpansIntoTheOriginal() throws IOException {
        String nfc = sample("tam-ky-plan-2020.txt");
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        ParsedPlan a = parser.parse(nfc);
        ParsedPlan b = parser.parse(nfd);
        assertEquals(a.tiers(), b.tiers());
        assertEquals(a.title(), b.title());
        assertEquals(a.spans().keySet(), b.spans().keySet());
        for (String key : a.spans().keySet()) {
            assertEquals(at(nfc, a, key), Normalizer.normalize(at(nfd, b, key), Normalizer.Form.NFC), key);
        }
    }

    /** As it comes out of a .docx (no blank lines) and from Windows (CRLF): the same plan. */
    @Test
    void withoutBlankLinesAndWithWindowsLineEnds() throws IOException {
        String text = sample("tam-ky-plan-2020.txt");
        String docxLike = text.lines()
                .filter(l -> !l.isBlank())
                .reduce((a, b) -> a + "\r\n" + b)
                .orElseThrow();
        ParsedPlan a = parser.parse(text);
        ParsedPlan b = parser.parse(docxLike);
        assertEquals(a.title(), b.title());
        assertEquals(a.resolution(), b.resolution());
        assertEquals(a.materials(), b.materials());
        assertEquals(a.tiers(), b.tiers());
    }
}
