package vn.tiendo.plan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way issue 15 lists of writing a deadline, a length and a level, one tier each. */
class DeadlineFormsTest {
    private final PlanTextParser parser = new PlanTextParser();

    private ParsedTier one(String text) {
        ParsedPlan plan = parser.parse(text);
        assertEquals(1, plan.tiers().size(), () -> plan.tiers() + " " + plan.warnings());
        return plan.tiers().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "hoàn thành trước ngày 10/12/2020 | 2020-12-10",
                "hoàn thành trước 31/12/2015 | 2015-12-31",
                "hoàn thành trước 10-12-2020 | 2020-12-10",
                "hoàn thành trước 10.12.2020 | 2020-12-10",
                "hoàn thành trước ngày 10 tháng 12 năm 2020 | 2020-12-10",
                "hoàn thành trong tháng 12/2020 | 2020-12-31",
                "hoàn thành trong tháng 01.2021 | 2021-01-31",
                "hoàn thành trong tháng 1 năm 2021 | 2021-01-31",
                "hoàn thành trong quý I/2021 | 2021-03-31",
                "hoàn thành trong quý II năm 2021 | 2021-06-30",
                "hoàn thành trong quý 3/2021 | 2021-09-30",
                "hoàn thành 6 tháng đầu năm 2021 | 2021-06-30",
                "hoàn thành 6 tháng cuối năm 2021 | 2021-12-31",
                "hoàn thành cuối năm 2021 | 2021-12-31",
                "tổ chức từ ngày 23 - 24/11/2020 | 2020-11-24",
                "tổ chức từ 23 đến 24/11/2020 | 2020-11-24",
                "tổ chức từ ngày 23/11 đến ngày 24/11/2020 | 2020-11-24",
                "tổ chức từ ngày 23 đến ngày 24 tháng 11 năm 2020 | 2020-11-24",
                "tổ chức từ tháng 10 đến tháng 12/2021 | 2021-12-31",
                "tổ chức ngày 23 và 24/11/2020 | 2020-11-24",
                "hội nghị trực tuyến, ngày 28/12/2022 | 2022-12-28",
            })
    void deadlines(String words, LocalDate expected) {
        ParsedTier t = one("Cấp huyện và tương đương: 01 ngày, " + words + ".");
        assertEquals(expected, t.deadline());
    }

    @Test
    void aDateWithoutAYearIsTheNextSuchDateAfterTheIssueWithAWarning() {
        ParsedPlan plan = parser.parse(
                "Kế hoạch số 05-KH/TU ngày 20/11/2020\n"
                        + "1. Cấp huyện: 01 ngày, hoàn thành trước ngày 15/12.\n2. Cấp cơ sở: 01 buổi, hoàn thành trước ngày 20/01.");
        assertEquals(LocalDate.of(2020, 12, 15), plan.tiers().get(0).deadline());
        assertEquals(LocalDate.of(2021, 1, 20), plan.tiers().get(1).deadline());
        assertTrue(
                plan.warnings().stream().anyMatch(w -> w.startsWith("Hạn của đợt 2 không ghi năm; đã lấy năm 2021")),
                plan.warnings()::toString);
    }

    @Test
    void relativeDeadlinesCountFromTheIssueDateOrAreWarned() {
        ParsedPlan plan = parser.parse("Kế hoạch số 05-KH/TU ngày 02/4/2019\n"
                + "Cấp cơ sở: 01 buổi, hoàn thành trong vòng 30 ngày kể từ ngày ban hành kế hoạch.");
        assertEquals(LocalDate.of(2019, 5, 2), plan.tiers().get(0).deadline());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.contains("được tính từ ngày ban hành 2/4/2019")));
        ParsedPlan undated =
                parser.parse("Cấp cơ sở: 01 buổi, hoàn thành trong vòng 30 ngày kể từ ngày ban hành kế hoạch.");
        assertNull(undated.tiers().get(0).deadline());
        assertTrue(
                undated.warnings().stream().anyMatch(w -> w.contains("không ghi ngày ban hành")),
                undated.warnings()::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "01 ngày | 1",
                "1,5 ngày | 1.5",
                "02 ngày | 2",
                "01 buổi | 0.5",
                "nửa ngày | 0.5",
                "một buổi sáng | 0.5",
                "2 buổi | 1"
            })
    void durations(String words, BigDecimal days) {
        ParsedTier t = one("Cấp tỉnh: " + words + ", hoàn thành trước ngày 31/3/2021.");
        assertEquals(0, days.compareTo(t.durationDays()), t::toString);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Cấp tỉnh | tinh",
                "Cán bộ chủ chốt cấp tỉnh | tinh",
                "Cấp huyện và tương đương | huyen",
                "Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy | huyen",
                "Cán bộ chủ chốt cấp huyện | huyen",
                "Cấp cơ sở | co-so",
                "Các tổ chức cơ sở đảng | co-so",
                "Đảng ủy các xã, phường, đặc khu | co-so",
                "Đảng ủy xã, thị trấn | co-so",
                "Chi bộ trực thuộc | chi-bo",
                "Chi bộ thôn, khối phố | chi-bo",
                "Mặt trận và các đoàn thể | doan-the",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh | doan-the"
            })
    void levels(String words, String code) {
        ParsedTier t = one(words + ": 01 buổi, hoàn thành trước ngày 31/3/2021.");
        assertEquals(List.of(code), t.levelCodes());
    }

    @Test
    void sinceJuly2025CommitteesUnderTheProvinceAreGrassroots() {
        String tier = "Các đảng ủy trực thuộc Tỉnh ủy: 01 ngày, hoàn thành trước ngày 30/%d/2025.";
        assertEquals(
                List.of("huyen"),
                one("Kế hoạch số 01-KH/TU ngày 05/3/2025\n" + tier.formatted(4)).levelCodes());
        assertEquals(
                List.of("co-so"),
                one("Kế hoạch số 01-KH/TU ngày 05/8/2025\n" + tier.formatted(9)).levelCodes());
    }

    @Test
    void severalTiersInOneParagraph() {
        ParsedPlan plan = parser.parse(
                "Theo kế hoạch, cấp tỉnh tổ chức hội nghị trong 1 ngày, trước ngày 10/12/2020; "
                        + "cấp huyện và tương đương hoàn thành trước 25/12/2020. Cấp cơ sở học tập 01 buổi, hoàn thành trước 15/01/2021.");
        assertEquals(3, plan.tiers().size(), plan.tiers()::toString);
        assertEquals(List.of("huyen"), plan.tiers().get(1).levelCodes());
        assertEquals(LocalDate.of(2021, 1, 15), plan.tiers().get(2).deadline());
    }

    @Test
    void theDateOfACitedDocumentIsNoDeadline() {
        ParsedPlan plan = parser.parse("Thực hiện Kế hoạch số 35-KH/TU ngày 08/01/2026 của Ban Thường vụ Tỉnh ủy, "
                + "các đảng ủy xã, phường xây dựng kế hoạch học tập.");
        assertTrue(plan.tiers().isEmpty(), plan.tiers()::toString);
    }

    @Test
    void aDateAfterTheLengthOfTheConference() {
        ParsedTier t = one("Thứ Năm, 05/03/2026\nHội nghị cấp tỉnh diễn ra trong 2 ngày (5 - 6/3).");
        assertEquals(LocalDate.of(2026, 3, 6), t.deadline());
        assertEquals(0, BigDecimal.valueOf(2).compareTo(t.durationDays()));
    }

    @Test
    void theRegularCellMeetingOfAMonth() {
        ParsedTier t = one("3. Chi bộ trực thuộc đảng bộ cơ sở lồng ghép vào sinh hoạt chi bộ định kỳ tháng 7/2019.");
        assertEquals(List.of("chi-bo"), t.levelCodes());
        assertEquals(LocalDate.of(2019, 7, 31), t.deadline());
        assertNull(t.durationDays());
    }

    @Test
    void aDateOpeningASentenceAboutTheConferenceHeld() {
        ParsedTier t =
                one("Sáng 5/3/2026, Tỉnh ủy tổ chức hội nghị quán triệt cho cán bộ chủ chốt cấp tỉnh trong 01 ngày.");
        assertEquals(LocalDate.of(2026, 3, 5), t.deadline());
        // a deadline written as one wins over it
        t = one("Ngày 5/3/2026, Tỉnh ủy tổ chức hội nghị cấp tỉnh 01 ngày; báo cáo hoàn thành trước 20/3/2026.");
        assertEquals(LocalDate.of(2026, 3, 20), t.deadline());
    }

    @Test
    void onATimeLineEveryDateIsATime() {
        ParsedPlan plan = parser.parse("2. Thời gian: cấp huyện 01 ngày, xong trước 31/3/2015, cấp cơ sở 01 buổi, "
                + "xong trước 15/4/2015, chi bộ trực thuộc đảng ủy cơ sở lồng ghép sinh hoạt tháng 4/2015.");
        assertEquals(3, plan.tiers().size(), plan.tiers()::toString);
        assertEquals(List.of("chi-bo"), plan.tiers().get(2).levelCodes());
        assertEquals(LocalDate.of(2015, 4, 30), plan.tiers().get(2).deadline());
    }

    @Test
    void aDocumentsDateOnTheTierLineIsNoDeadline() {
        ParsedTier t = one("Cấp tỉnh: học tập Nghị quyết số 29-NQ/TW ngày 17/11/2022 trong 01 ngày.");
        assertNull(t.deadline());
    }

    @Test
    void aSentenceWrappedByAPdfCopy() {
        ParsedTier t =
                one("2. Các huyện ủy, thị ủy, thành ủy tổ chức hội\nnghị học tập trong 1,5\nngày, hoàn thành trước\n"
                        + "ngày 15/4/2021.");
        assertEquals(LocalDate.of(2021, 4, 15), t.deadline());
        assertEquals(0, new BigDecimal("1.5").compareTo(t.durationDays()));
        // a new item on the next line is no wrapped sentence
        ParsedPlan plan = parser.parse("1. Cấp tỉnh: 01 ngày, hoàn thành trước\n- ngày 15/4/2021 họp tổng kết.");
        assertNull(plan.tiers().get(0).deadline(), plan.tiers()::toString);
    }
}
