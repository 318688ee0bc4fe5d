package vn.tiendo.plan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Tiers laid out over several lines, details under labels, and years settled across tiers. */
class PlanStructureTest {
    private final PlanTextParser parser = new PlanTextParser();

    private static final String PROVINCE_PLAN =
            """
      TỈNH ỦY QUẢNG NAM
      Số 12-KH/TU
      Quảng Nam, ngày 02 tháng 6 năm 2021
      KẾ HOẠCH
      Học tập, quán triệt Nghị quyết Đại hội XIII của Đảng
      II. THỜI GIAN, THÀNH PHẦN
      1. Hội nghị cấp tỉnh
      - Thành phần: Bí thư các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy.
      - Thời gian: 1,5 ngày, từ ngày 14 - 15/6/2021.
      - Hình thức: trực tiếp tại Hội trường Tỉnh ủy, kết nối trực tuyến đến các điểm cầu.
      - Báo cáo viên: đồng chí Bí thư Tỉnh ủy.
      2. Cấp huyện và tương đương
      a) Thời gian: 01 ngày, hoàn thành trước ngày 20/7.
      b) Báo cáo viên: Bí thư huyện ủy.
      3. Cấp cơ sở
      3.1. Đảng bộ cơ sở: 01 buổi, hoàn thành trong tháng 8.
      3.2. Chi bộ trực thuộc đảng ủy cơ sở: 01 buổi, hoàn thành trước 10/8.
      III. TỔ CHỨC THỰC HIỆN
      1. Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy xây dựng chương trình hành động, hoàn thành trước ngày 30/9/2021.
      2. Ban Tuyên giáo Tỉnh ủy theo dõi, báo cáo kết quả trước ngày 30/12/2021.
      Nơi nhận:
      - Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc (hạn 31/12/2021),
      """;

    @Test
    void tiersWithDetailsUnderLabels() {
        ParsedPlan plan = parser.parse(PROVINCE_PLAN);
        assertEquals("12-KH/TU", plan.number());
        assertEquals(LocalDate.of(2021, 6, 2), plan.issuedOn());
        List<ParsedTier> tiers = plan.tiers();
        assertEquals(5, tiers.size(), tiers::toString);

        ParsedTier province = tiers.get(0);
        assertEquals("Hội nghị cấp tỉnh", province.name());
        assertEquals(List.of("tinh"), province.levelCodes());
        assertEquals(0, new BigDecimal("1.5").compareTo(province.durationDays()));
        assertEquals(LocalDate.of(2021, 6, 15), province.deadline());
        assertEquals("HYBRID", province.format());
        assertEquals("Bí thư các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy.", province.audience());
        assertEquals("đồng chí Bí thư Tỉnh ủy.", province.presenter());

        ParsedTier district = tiers.get(1);
        assertEquals("Cấp huyện và tương đương", district.name());
        assertEquals(List.of("huyen"), district.levelCodes());
        assertEquals(LocalDate.of(2021, 7, 20), district.deadline());
        assertEquals("Bí thư huyện ủy.", district.presenter());

        assertEquals(List.of("co-so"), tiers.get(2).levelCodes());
        assertEquals(LocalDate.of(2021, 8, 31), tiers.get(2).deadline());
        assertEquals(List.of("chi-bo"), tiers.get(3).levelCodes());
        assertEquals(LocalDate.of(2021, 8, 10), tiers.get(3).deadline());
        assertTrue(
                plan.warnings()
                        .contains(
                                "Hạn của đợt 2 không ghi năm; đã lấy năm 2021 (ngày như thế tiếp sau ngày ban hành)."),
                plan.warnings()::toString);
        // 10/8 is before the 31/8 of tier 3, but nothing says "next year": keep 2021 and warn.
        assertTrue(
                plan.warnings().stream()
                        .anyMatch(w ->
                                w.startsWith("Hạn của đợt 4 (10/8/2021) " + "sớm hơn hạn của đợt trước (31/8/2021)")),
                plan.warnings()::toString);

        // Under TỔ CHỨC THỰC HIỆN only the action programme duty is a tier; not the follow-up
        // report, nor the addressee list.
        ParsedTier action = tiers.get(4);
        assertEquals("ACTION_PROGRAMME", action.activity());
        assertEquals(List.of("huyen"), action.levelCodes());
        assertEquals(LocalDate.of(2021, 9, 30), action.deadline());
    }

    @Test
    void everySpanPointsAtItsValue() {
        ParsedPlan plan = parser.parse(PROVINCE_PLAN);
        String text = PROVINCE_PLAN;
        assertEquals("14 - 15/6/2021", SamplePlansTest.at(text, plan, "tiers[0].deadline"));
        assertEquals("1,5 ngày", SamplePlansTest.at(text, plan, "tiers[0].durationDays"));
        assertEquals("cấp tỉnh", SamplePlansTest.at(text, plan, "tiers[0].levelCodes"));
        assertEquals("Hội nghị cấp tỉnh", SamplePlansTest.at(text, plan, "tiers[0].name"));
        assertEquals("20/7", SamplePlansTest.at(text, plan, "tiers[1].deadline"));
        assertEquals("tháng 8", SamplePlansTest.at(text, plan, "tiers[2].deadline"));
        assertEquals("12-KH/TU", SamplePlansTest.at(text, plan, "number"));
        assertEquals("02 tháng 6 năm 2021", SamplePlansTest.at(text, plan, "issuedOn"));
        for (String key : plan.spans().keySet()) {
            Span s = plan.spans().get(key);
            assertTrue(s.confidence() > 0 && s.confidence() <= 1, key);
        }
    }

    @Test
    void aYearWrittenInFullOrNextYearRollsOver() {
        String text =
                """
        Cấp tỉnh: 01 ngày, hoàn thành trước 20/12/2020.
        Cấp huyện: 01 ngày, hoàn thành trước 10/01/2021.
        Cấp cơ sở: 01 buổi, hoàn thành trước 20/01 năm sau.
        """;
        ParsedPlan plan = parser.parse(text);
        assertEquals(LocalDate.of(2020, 12, 20), plan.tiers().get(0).deadline());
        assertEquals(LocalDate.of(2021, 1, 10), plan.tiers().get(1).deadline());
        assertEquals(LocalDate.of(2022, 1, 20), plan.tiers().get(2).deadline());
        assertTrue(plan.warnings().stream().noneMatch(w -> w.contains("sớm hơn")));
    }

    @Test
    void anEarlierDayWithoutYearKeepsTheContextYearWithAWarning() {
        String text =
                """
        Cấp tỉnh: 01 ngày, hoàn thành trước 20/12/2020.
        Cấp huyện: 01 ngày, hoàn thành trước 10/01.
        """;
        ParsedPlan plan = parser.parse(text);
        assertEquals(LocalDate.of(2020, 1, 10), plan.tiers().get(1).deadline());
        assertTrue(plan.warnings()
                .contains("Hạn của đợt 2 (10/1/2020) sớm hơn hạn của đợt trước "
                        + "(20/12/2020) nhưng văn bản không ghi năm sau; vẫn giữ năm 2020, hãy kiểm tra lại."));
    }

    @Test
    void theYearComesFromTheNearestFullDateBefore() {
        String text =
                """
        Nghị quyết số 01-NQ/ĐH, ngày 25/7/2020, nhiệm kỳ 2020 – 2025.
        Kế hoạch ngày 05/01/2021.
        Cấp tỉnh: 01 ngày, hoàn thành trước 30/3.
        """;
        ParsedPlan plan = parser.parse(text);
        assertEquals(LocalDate.of(2021, 3, 30), plan.tiers().get(0).deadline());
    }

    @Test
    void noYearAnywhereLeavesTheDeadlineEmpty() {
        ParsedPlan plan = parser.parse("Cấp tỉnh: 01 ngày, hoàn thành trước 30/3.");
        assertNull(plan.tiers().get(0).deadline());
        assertNull(plan.spans().get("tiers[0].deadline"));
        assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("không ghi năm")));
    }

    @Test
    void severalLevelsOnOneLineGiveOneTierEach() {
        ParsedPlan plan = parser.parse("Cấp tỉnh hoàn thành trước 15/5/2021; cấp huyện hoàn thành "
                + "trước 30/5/2021; cấp cơ sở hoàn thành trước 30/6/2021.");
        assertEquals(3, plan.tiers().size());
        assertEquals(List.of("huyen"), plan.tiers().get(1).levelCodes());
        assertEquals(LocalDate.of(2021, 6, 30), plan.tiers().get(2).deadline());
    }

    @Test
    void commasSplitOnlyWhenEveryLevelHasItsOwnTiming() {
        List<ParsedTier> split = parser.parse(
                        "Cấp tỉnh: 01 ngày, trước 15/5/2021, cấp huyện: 01 ngày, " + "trước 30/5/2021")
                .tiers();
        assertEquals(2, split.size(), split::toString);
        assertEquals("Cấp huyện", split.get(1).name());
        assertEquals(LocalDate.of(2021, 5, 30), split.get(1).deadline());
        assertEquals(0, BigDecimal.ONE.compareTo(split.get(1).durationDays()));

        List<ParsedTier> joint =
                parser.parse("Cấp huyện, cấp cơ sở: hoàn thành trước 30/6/2021").tiers();
        assertEquals(1, joint.size());
        assertEquals(List.of("huyen", "co-so"), joint.get(0).levelCodes());
    }

    @Test
    void aNameStartsAtTheLevelWhenADateComesFirst() {
        ParsedTier tier = tier("Trong quý III/2021, cấp cơ sở hoàn thành học tập.");
        assertEquals("Cấp cơ sở", tier.name());
        assertEquals(LocalDate.of(2021, 9, 30), tier.deadline());
        assertEquals(
                "Mặt trận và các đoàn thể",
                tier("Mặt trận và các đoàn thể tuyên truyền trước " + "ngày 15/11/2020.")
                        .name());
    }

    @Test
    void inlineDetailsOnTheTierLine() {
        ParsedPlan plan = parser.parse("Cấp cơ sở: 01 buổi, hoàn thành trước ngày 31/10/2020; thành "
                + "phần: toàn thể đảng viên; báo cáo viên: đồng chí Bí thư chi bộ.");
        ParsedTier tier = plan.tiers().get(0);
        assertEquals("toàn thể đảng viên", tier.audience());
        assertEquals("đồng chí Bí thư chi bộ.", tier.presenter());
        assertEquals(List.of("co-so"), tier.levelCodes());
    }

    @Test
    void formats() {
        assertEquals(
                "ONLINE",
                tier("Hội nghị cấp tỉnh: 01 ngày, trước 15/6/2021, trực tuyến đến các " + "điểm cầu.")
                        .format());
        assertEquals(
                "HYBRID",
                tier("Hội nghị cấp tỉnh: 01 ngày, trước 15/6/2021, tổ chức trực tiếp "
                                + "kết hợp trực tuyến đến 18 điểm cầu.")
                        .format());
        assertEquals(
                "IN_PERSON",
                tier("Hội nghị cấp tỉnh: 01 ngày, trước 15/6/2021, tập trung tại " + "Hội trường Tỉnh ủy.")
                        .format());
        assertEquals(
                "IN_PERSON",
                tier("Hội nghị cấp tỉnh: 01 ngày, trước 15/6/2021.").format());
        assertNull(tier("Cấp tỉnh: 01 ngày, trước 15/6/2021.").format());
    }

    private ParsedTier tier(String text) {
        List<ParsedTier> tiers = parser.parse(text).tiers();
        assertEquals(1, tiers.size(), tiers::toString);
        return tiers.get(0);
    }

    @Test
    void dutiesUnderImplementationAddTheLevelsTheBodyLacks() {
        ParsedPlan plan = parser.parse(
                """
                HUYỆN ỦY QUẾ SƠN
                Số 50-KH/HU
                Quế Sơn, ngày 05 tháng 11 năm 2020
                KẾ HOẠCH
                học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII
                II. NỘI DUNG, THỜI GIAN
                1. Cấp huyện: Hội nghị cán bộ chủ chốt 01 ngày, hoàn thành trước ngày 30/11/2020.
                2. Cấp cơ sở: 01 buổi, hoàn thành trước ngày 20/12/2020.
                III. TỔ CHỨC THỰC HIỆN
                1. Ban Tuyên giáo Huyện ủy hướng dẫn, theo dõi.
                2. Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện tổ chức tuyên truyền Nghị quyết trong đoàn viên, hội viên và nhân dân, hoàn thành trước ngày 31/12/2020.
                3. Các chi bộ trực thuộc đảng ủy cơ sở tổ chức học tập cho đảng viên 01 buổi, hoàn thành trước ngày 15/01/2021.
                4. Các tổ chức cơ sở đảng tổ chức học tập nghiêm túc, hoàn thành trước ngày 25/12/2020.
                5. Văn phòng Huyện ủy bảo đảm kinh phí, báo cáo kết quả trước ngày 31/01/2021.
                """);
        List<ParsedTier> tiers = plan.tiers();
        assertEquals(4, tiers.size(), tiers::toString);
        assertEquals(List.of("huyen"), tiers.get(0).levelCodes());
        assertEquals(List.of("co-so"), tiers.get(1).levelCodes());
        // 4. repeats the grassroots tier of the body with another date: not a tier of its own
        assertEquals(LocalDate.of(2020, 12, 20), tiers.get(1).deadline());
        assertEquals(List.of("doan-the"), tiers.get(2).levelCodes());
        assertEquals(LocalDate.of(2020, 12, 31), tiers.get(2).deadline());
        assertEquals(List.of("chi-bo"), tiers.get(3).levelCodes());
        assertEquals("Các chi bộ trực thuộc đảng ủy cơ sở", tiers.get(3).name());
        assertEquals(0, new BigDecimal("0.5").compareTo(tiers.get(3).durationDays()));
    }

    @Test
    void aLetterheadWithoutNumberLineIsNoTier() {
        ParsedPlan plan = parser.parse(
                """
                ĐẢNG BỘ TỈNH BẮC NINH
                ĐẢNG ỦY PHƯỜNG KINH BẮC
                *
                Kinh Bắc, ngày 20 tháng 10 năm 2025
                Kế hoạch học tập Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ I
                - Các chi bộ trực thuộc: sinh hoạt chuyên đề 01 buổi, hoàn thành trước ngày 15/12/2025.
                """);
        assertNull(plan.number());
        assertEquals(LocalDate.of(2025, 10, 20), plan.issuedOn());
        assertEquals(1, plan.tiers().size(), plan.tiers()::toString);
        assertEquals(List.of("chi-bo"), plan.tiers().get(0).levelCodes());
        assertEquals(LocalDate.of(2025, 12, 15), plan.tiers().get(0).deadline());
    }

    @Test
    void capitalsAtTheTopThatAreNoLetterheadStillCount() {
        ParsedPlan plan = parser.parse(
                """
                HỘI NGHỊ CẤP TỈNH
                - Thời gian: 01 ngày, hoàn thành trước ngày 30/11/2020.
                """);
        assertEquals(1, plan.tiers().size(), plan.tiers()::toString);
        assertEquals(List.of("tinh"), plan.tiers().get(0).levelCodes());
    }

    @Test
    void lengthsAndDeadlinesInSeparateSectionsMakeOneTierPerLevel() {
        ParsedPlan plan = parser.parse(
                """
                Số 77-KH/TU, ngày 08/7/2016
                II. THỜI LƯỢNG
                - Cấp tỉnh: 02 ngày.
                - Cấp cơ sở: 01 ngày.
                III. THỜI GIAN HOÀN THÀNH
                - Cấp tỉnh: trước ngày 30/7/2016.
                - Các tổ chức cơ sở đảng: trước ngày 30/9/2016.
                - Chi bộ trực thuộc đảng ủy cơ sở: trong tháng 10/2016.
                """);
        List<ParsedTier> tiers = plan.tiers();
        assertEquals(3, tiers.size(), tiers::toString);
        assertEquals(List.of("tinh"), tiers.get(0).levelCodes());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(tiers.get(0).durationDays()));
        assertEquals(LocalDate.of(2016, 7, 30), tiers.get(0).deadline());
        assertEquals(List.of("co-so"), tiers.get(1).levelCodes());
        assertEquals(LocalDate.of(2016, 9, 30), tiers.get(1).deadline());
        assertEquals(List.of("chi-bo"), tiers.get(2).levelCodes());
        assertNull(tiers.get(2).durationDays());
    }

    @Test
    void aNewsCopyDatedAtItsEnd() {
        ParsedPlan plan = parser.parse(
                """
                Đảng ủy phường An Hải triển khai học tập Nghị quyết Trung ương 9

                Ngày 10/3, Đảng ủy phường An Hải tổ chức hội nghị học tập Nghị quyết cho cán bộ, đảng viên trong 01 buổi. Ngay sau hội nghị, các chi bộ khu dân cư tổ chức sinh hoạt chuyên đề, hoàn thành trước ngày 15/4.

                (Báo Đà Nẵng, 11/3/2024)
                """);
        List<ParsedTier> tiers = plan.tiers();
        // the headline's "Trung ương 9" above "Ngày 10/3" is no length of nine days
        assertEquals(2, tiers.size(), tiers::toString);
        assertEquals(0, new BigDecimal("0.5").compareTo(tiers.get(0).durationDays()));
        assertEquals(LocalDate.of(2024, 3, 10), tiers.get(0).deadline());
        assertEquals(LocalDate.of(2024, 4, 15), tiers.get(1).deadline());
    }

    @Test
    void aConferenceToBeDatedLaterIsNotThePropagandaOfItsLevel() {
        ParsedPlan plan = parser.parse(
                """
                1. Hội nghị cấp tỉnh: 01 ngày, thời gian cụ thể Văn phòng Tỉnh ủy thông báo sau.
                2. Tuyên truyền: cấp tỉnh tuyên truyền trên báo, đài của tỉnh, hoàn thành trước 30/6/2024.
                """);
        List<ParsedTier> tiers = plan.tiers();
        assertEquals(2, tiers.size(), tiers::toString);
        assertNull(tiers.get(0).deadline());
        assertNull(tiers.get(1).durationDays());
    }

    @Test
    void aScheduleInAnAppendixAfterTheSignature() {
        ParsedPlan plan = parser.parse(
                """
                Số 88-KH/HU
                II. NỘI DUNG, THỜI GIAN
                Thời gian, thành phần các hội nghị theo Phụ lục kèm theo.
                Nơi nhận:
                - Các tổ chức cơ sở đảng (hạn 31/12/2023),
                T/M BAN THƯỜNG VỤ
                PHỤ LỤC
                1. Hội nghị cấp huyện: 01 ngày, hoàn thành trước ngày 28/4/2023.
                2. Các tổ chức cơ sở đảng: 01 buổi, hoàn thành trước ngày 31/5/2023.
                """);
        List<ParsedTier> tiers = plan.tiers();
        assertEquals(2, tiers.size(), tiers::toString);
        assertEquals(List.of("huyen"), tiers.get(0).levelCodes());
        assertEquals(LocalDate.of(2023, 5, 31), tiers.get(1).deadline());
    }
}
