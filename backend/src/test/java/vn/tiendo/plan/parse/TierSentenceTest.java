package vn.tiendo.plan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One tier per text, in the forms real plans use and their slips: accents or none, upper case,
 * NFD, glued words, hyphen or en dash, with or without {@code ngày}, {@code tháng ... năm ...},
 * no year, ranges, {@code buổi}, comma decimals.
 */
class TierSentenceTest {
    private final PlanTextParser parser = new PlanTextParser();

    /** text, level codes ("a,b" or ""), days (null if none), deadline (ISO or null), activity. */
    static Stream<Arguments> sentences() {
        return Stream.of(
                row(
                        "Cấp huyện và tương đương: 01 ngày, hoàn thành trước ngày 10/12/2020",
                        "huyen",
                        "1",
                        "2020-12-10",
                        "STUDY"),
                row(
                        "cap huyen va tuong duong: 01 ngay, hoan thanh truoc ngay 10/12/2020",
                        "huyen",
                        "1",
                        "2020-12-10",
                        "STUDY"),
                row(
                        "CẤP HUYỆN VÀ TƯƠNG ĐƯƠNG: 01 NGÀY, HOÀN THÀNH TRƯỚC NGÀY 10/12/2020",
                        "huyen",
                        "1",
                        "2020-12-10",
                        "STUDY"),
                row(
                        "Cấp huyện và tương đương - 01 ngày - hoàn thành trước ngày 10/12/2020",
                        "huyen",
                        "1",
                        "2020-12-10",
                        "STUDY"),
                row(
                        Normalizer.normalize(
                                "Cấp cơ sở: 01 buổi, hoàn thành trước ngày 31/12/2015", Normalizer.Form.NFD),
                        "co-so",
                        "0.5",
                        "2015-12-31",
                        "STUDY"),
                row("Cấp cơ sở: 01 buổi, hoàn thành trước 31/12/2015", "co-so", "0.5", "2015-12-31", "STUDY"),
                row("- Cấp cơ sở: 01buổi, hoàn thành trước ngày31/12/2015.", "co-so", "0.5", "2015-12-31", "STUDY"),
                row("Cấp cơ sở: một buổi, hoàn thành trước 30/6/2016", "co-so", "0.5", "2016-06-30", "STUDY"),
                row("Cấp tỉnh: nửa ngày, hoàn thành trước ngày 25/9/2021", "tinh", "0.5", "2021-09-25", "STUDY"),
                row("Cấp tỉnh: 1/2 ngày, hoàn thành trước 30/6/2016", "tinh", "0.5", "2016-06-30", "STUDY"),
                row("Cấp tỉnh: 01 ngày rưỡi, hoàn thành trước 30/6/2016", "tinh", "1.5", "2016-06-30", "STUDY"),
                row("Cấp huyện: 2 ngày, hoàn thành trước 30/6/2016", "huyen", "2", "2016-06-30", "STUDY"),
                row("Hội nghị cấp tỉnh: 02 buổi, từ ngày 14/6 đến ngày 15/6/2021", "tinh", "1", "2021-06-15", "STUDY"),
                row("Hội nghị cấp tỉnh: 1,5 ngày, từ ngày 14 - 15/6/2021", "tinh", "1.5", "2021-06-15", "STUDY"),
                row("Hội nghị cấp tỉnh: 1,5 ngày, từ ngày 14–15/6/2021", "tinh", "1.5", "2021-06-15", "STUDY"),
                row("Hội nghị cấp tỉnh: 1,5ngày, từ ngày 14 – 15/6/2021", "tinh", "1.5", "2021-06-15", "STUDY"),
                row("Hội nghị cấp tỉnh tổ chức 1,5 ngày, từ 14-15/6/2021", "tinh", "1.5", "2021-06-15", "STUDY"),
                row(
                        "Cấp huyện và tương đương hoàn thành trước ngày 20 tháng 11 năm 2021.",
                        "huyen",
                        null,
                        "2021-11-20",
                        "STUDY"),
                row("Cấp huyện: hoàn thành trước ngày 20 tháng 11, năm 2021", "huyen", null, "2021-11-20", "STUDY"),
                row("Cấp huyện: hoàn thành trước ngày 20tháng11năm2021", "huyen", null, "2021-11-20", "STUDY"),
                row("Cấp cơ sở hoàn thành trong tháng 3/2021", "co-so", null, "2021-03-31", "STUDY"),
                row("Cấp cơ sở hoàn thành trong tháng 3 năm 2021", "co-so", null, "2021-03-31", "STUDY"),
                row("Cap co so: 01 buoi, hoan thanh trong thang 3/2021", "co-so", "0.5", "2021-03-31", "STUDY"),
                row("Cấp cơ sở hoàn thành trong tháng 02/2024", "co-so", null, "2024-02-29", "STUDY"),
                row("Cấp cơ sở: 01 buổi, thực hiện trước ngày 15-11-2021", "co-so", "0.5", "2021-11-15", "STUDY"),
                row("Cấp cơ sở: 01 buổi, hoàn thành trước ngày 15.11.2021", "co-so", "0.5", "2021-11-15", "STUDY"),
                row("Cấp cơ sở: 01 buổi, hoàn thành trước ngày 15 / 11 / 2021", "co-so", "0.5", "2021-11-15", "STUDY"),
                row("Cấp tỉnh: 01 ngày, hoàn thành chậm nhất ngày 30/6/2016", "tinh", "1", "2016-06-30", "STUDY"),
                row(
                        "Kế hoạch số 05-KH/TU ngày 10/3/2021.\nCấp tỉnh: 01 ngày, dự kiến trong tháng 5.",
                        "tinh",
                        "1",
                        "2021-05-31",
                        "STUDY"),
                row(
                        "Nhiệm kỳ 2020 – 2025.\nCấp tỉnh: 01 ngày, hoàn thành trước 30/11.",
                        "tinh",
                        "1",
                        "2020-11-30",
                        "STUDY"),
                row(
                        "Ngày 20/10/2020 Đại hội thông qua nghị quyết.\nChi bộ trực thuộc: 01 buổi, hoàn thành "
                                + "trước ngày 15/12.",
                        "chi-bo",
                        "0.5",
                        "2020-12-15",
                        "STUDY"),
                row(
                        "Chi bộ trực thuộc đảng ủy cơ sở: 01 buổi, hoàn thành trước 31/12/2020",
                        "chi-bo",
                        "0.5",
                        "2020-12-31",
                        "STUDY"),
                row(
                        "Đối với các chi bộ trực thuộc: 01 buổi, hoàn thành trước 31/12/2020",
                        "chi-bo",
                        "0.5",
                        "2020-12-31",
                        "STUDY"),
                row("Đảng bộ cơ sở: 01 buổi, hoàn thành trước 31/12/2020", "co-so", "0.5", "2020-12-31", "STUDY"),
                row(
                        "Cấp xã, phường, thị trấn: 01 buổi, hoàn thành trước 31/12/2021",
                        "co-so",
                        "0.5",
                        "2021-12-31",
                        "STUDY"),
                row(
                        "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc: 01 ngày, hoàn thành trước "
                                + "30/11/2020",
                        "huyen",
                        "1",
                        "2020-11-30",
                        "STUDY"),
                row(
                        "Huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy: 1 ngày, hoàn thành trước "
                                + "30/11/2020",
                        "huyen",
                        "1",
                        "2020-11-30",
                        "STUDY"),
                row(
                        "Đảng bộ Khối cơ quan tỉnh: 01 ngày, hoàn thành trước 30/11/2020",
                        "huyen",
                        "1",
                        "2020-11-30",
                        "STUDY"),
                row(
                        "Cấp quận và tương đương: 01 ngày, hoàn thành trước 30/11/2020",
                        "huyen",
                        "1",
                        "2020-11-30",
                        "STUDY"),
                row(
                        "Mặt trận Tổ quốc và các đoàn thể: tuyên truyền đến đoàn viên, hội viên, hoàn thành "
                                + "trước 15/11/2020",
                        "doan-the",
                        null,
                        "2020-11-15",
                        "PROPAGANDA"),
                row(
                        "Mặt trận và các đoàn thể chính trị - xã hội tuyên truyền trước ngày 15/11/2020.",
                        "doan-the",
                        null,
                        "2020-11-15",
                        "PROPAGANDA"),
                row(
                        "MTTQ và các đoàn thể: tuyên truyền trước 15/11/2020",
                        "doan-the",
                        null,
                        "2020-11-15",
                        "PROPAGANDA"),
                row(
                        "Tuyên truyền trong nhân dân: hoàn thành trước ngày 30/11/2021.",
                        "",
                        null,
                        "2021-11-30",
                        "PROPAGANDA"),
                row(
                        "Ban Thường vụ Tỉnh ủy Quảng Nam.\nHội nghị cấp thành phố: 01 ngày, hoàn thành trước "
                                + "30/9/2021",
                        "tinh",
                        "1",
                        "2021-09-30",
                        "STUDY"),
                row(
                        "Ban Thường vụ Thành ủy Tam Kỳ.\nCấp thành phố: 01 ngày, hoàn thành trước 30/9/2021",
                        "huyen",
                        "1",
                        "2021-09-30",
                        "STUDY"),
                row(
                        "Ban Thường vụ Thành ủy Đà Nẵng.\nCấp thành phố: 01 ngày, hoàn thành trước 30/9/2021",
                        "tinh",
                        "1",
                        "2021-09-30",
                        "STUDY"),
                row(
                        "Cấp huyện: xây dựng chương trình hành động thực hiện nghị quyết, hoàn thành trước "
                                + "31/12/2021",
                        "huyen",
                        null,
                        "2021-12-31",
                        "ACTION_PROGRAMME"),
                row("Cấp tỉnh: 01 ngày, hoàn thành trước 10/01/2021", "tinh", "1", "2021-01-10", "STUDY"));
    }

    private static Arguments row(String text, String levels, String days, String deadline, String activity) {
        return Arguments.of(text, levels, days, deadline, activity);
    }

    @ParameterizedTest
    @MethodSource("sentences")
    void readsOneTier(String text, String levels, String days, String deadline, String activity) {
        ParsedPlan plan = parser.parse(text);
        assertEquals(1, plan.tiers().size(), () -> plan.tiers() + " " + plan.warnings());
        ParsedTier tier = plan.tiers().get(0);
        List<String> expectedLevels = levels.isEmpty() ? List.of() : Arrays.asList(levels.split(","));
        assertEquals(expectedLevels, tier.levelCodes(), "levels");
        if (days == null) {
            assertNull(tier.durationDays(), "days");
        } else {
            assertEquals(0, new BigDecimal(days).compareTo(tier.durationDays()), "days " + tier);
        }
        assertEquals(deadline == null ? null : LocalDate.parse(deadline), tier.deadline(), "deadline");
        assertEquals(activity, tier.activity(), "activity");
        for (Span s : plan.spans().values()) {
            assertTrue(s.start() >= 0 && s.end() <= text.length() && s.start() <= s.end(), s::toString);
        }
    }
}
