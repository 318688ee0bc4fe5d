package vn.tiendo.plan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates, session lengths and the issuer, one form at a time. */
class ScannersTest {

    private static List<DateMention> dates(String text) {
        return new DateScanner(new SourceText(text).fold).mentions;
    }

    /** text | day (0 for a month or quarter) | month | year (empty if not written). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "trước ngày 31/10/2020 | 31 | 10 | 2020",
                "trước ngày 31-10-2020 | 31 | 10 | 2020",
                "trước ngày 31.10.2020 | 31 | 10 | 2020",
                "trước ngày 31 / 10 / 2020 | 31 | 10 | 2020",
                "trước ngày 30/6. | 30 | 6 |",
                "ngày 20 tháng 11 năm 2021 | 20 | 11 | 2021",
                "NGÀY 20 THÁNG 11 NĂM 2021 | 20 | 11 | 2021",
                "ngày 20 tháng 11 | 20 | 11 |",
                "trong tháng 3/2021 | 0 | 3 | 2021",
                "trong tháng 03-2021 | 0 | 3 | 2021",
                "dự kiến trong tháng 5 | 0 | 5 |",
                "từ ngày 14 - 15/6/2021 | 15 | 6 | 2021",
                "từ ngày 14–15/6/2021 | 15 | 6 | 2021",
                "từ 23/7 đến 25/7/2020 | 25 | 7 | 2020",
                "từ ngày 28/6 đến hết ngày 02/7/2021 | 2 | 7 | 2021",
                "Ngày 4-12, Bộ Chính trị | 4 | 12 |",
                "trong quý II/2021 | 0 | 6 | 2021",
                "trong quý IV năm 2021 | 0 | 12 | 2021",
            })
    void oneDate(String text, int day, int month, Integer year) {
        List<DateMention> found = dates(text);
        assertEquals(1, found.size(), found::toString);
        DateMention d = found.get(0);
        assertEquals(day, d.day());
        assertEquals(month, d.month());
        assertEquals(year, d.year());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "nhiệm kỳ 2020-2025",
                "Nghị quyết số 01-NQ/ĐH",
                "1/2 ngày",
                "ngày 31/10/20",
                "ngày 30/2/2021",
                "theo quy định",
                "Kế hoạch số 171-KH/TU",
                "năm 1800",
                "ngày 32/1/2021",
                "tháng 13/2021"
            })
    void notADate(String text) {
        assertEquals(List.of(), dates(text));
    }

    @Test
    void monthsAndQuartersEndOnTheirLastDay() {
        assertEquals(
                LocalDate.of(2024, 2, 29), dates("trong tháng 2/2024").get(0).date());
        assertEquals(LocalDate.of(2021, 2, 28), dates("trong tháng 2").get(0).in(2021));
        assertEquals(LocalDate.of(2021, 9, 30), dates("trong quý 3/2021").get(0).date());
        assertEquals(null, dates("trước 29/2").get(0).in(2021));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hoàn thành trước ngày 31/10/2020 | STRONG",
                "Thời gian hoàn thành: trước ngày **15/11/2020** | STRONG",
                "hoàn thành trong tháng 3/2021 | STRONG",
                "chậm nhất là ngày 30/6/2016 | STRONG",
                "dự kiến trong tháng 5 | WEAK",
                "từ ngày 14 - 15/6/2021 | WEAK",
                "Nghị quyết số 01-NQ/ĐH, ngày 25/7/2020 | NONE",
                "phát hành, tháng 9 năm 2020 | NONE",
            })
    void deadlineWords(String text, DateScanner.Trigger expected) {
        DateScanner scanner = new DateScanner(new SourceText(text).fold);
        assertEquals(expected, scanner.trigger(scanner.mentions.get(0)));
    }

    @Test
    void contextYearIsTheNearestWrittenYearElseTheTerm() {
        String text = "nhiệm kỳ 2020 - 2025; ngày 5/1/2021; trước 30/3; ngày 1/1/2022";
        DateScanner scanner = new DateScanner(new SourceText(text).fold);
        DateMention noYear = scanner.mentions.get(1);
        assertEquals(null, noYear.year());
        assertEquals(2021, scanner.contextYear(noYear.start()));
        assertEquals(2020, new DateScanner(new SourceText("nhiệm kỳ 2020 – 2025, trước 30/3").fold).contextYear(20));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "01 ngày | 1", "1,5 ngày | 1.5", "1.5 ngày | 1.5", "01 buổi | 0.5", "01buổi | 0.5",
                "một buổi | 0.5", "hai buổi | 1", "nửa ngày | 0.5", "1/2 ngày | 0.5", "1 ngày rưỡi | 1.5",
                "02 ngày | 2", "(01 ngày) | 1", "MỘT BUỔI | 0.5", "mot buoi | 0.5"
            })
    void duration(String text, String days) {
        List<DurationScanner.Duration> found = DurationScanner.scan(new SourceText(text).fold);
        assertEquals(1, found.size(), found::toString);
        assertEquals(new BigDecimal(days), found.get(0).days());
    }

    @Test
    void aDurationOverALineWrappedByAPdfCopy() {
        List<DurationScanner.Duration> found =
                DurationScanner.scan(new SourceText("học tập trong 1,5\nngày, hoàn thành").fold);
        assertEquals(1, found.size(), found::toString);
        assertEquals(new BigDecimal("1.5"), found.get(0).days());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "sau 15 ngày",
                "trong vòng 05 ngày kể từ ngày nhận",
                "30 ngày",
                "trước 05 ngày",
                "buổi sáng",
                "05 ngày làm việc",
                "nửa buổi",
                "Trung ương 9\nNgày 10/3, hội nghị",
                "khóa XIII 9\n\nngày học"
            })
    void notADuration(String text) {
        assertEquals(List.of(), DurationScanner.scan(new SourceText(text).fold));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ban Thường vụ Thành ủy Hà Nội | PROVINCE",
                "Ban Thường vụ Thành ủy Tam Kỳ | DISTRICT",
                "Ban Thường vụ Tỉnh ủy đã ban hành | PROVINCE",
                "TỈNH ỦY QUẢNG NAM | PROVINCE",
                "HUYỆN ỦY NÚI THÀNH | DISTRICT",
                "Số 05-KH/HU | DISTRICT",
                "Số 05-KH/TU | UNKNOWN",
                "không có gì | UNKNOWN",
            })
    void issuer(String text, Issuer expected) {
        assertEquals(expected, Issuer.detect(new SourceText(text).fold));
    }

    @Test
    void foldKeepsOneCharPerChar() {
        SourceText src = new SourceText("ĐẢNG Ủy – Hoàn thành\u00a0trước");
        assertEquals(src.text.length(), src.fold.length());
        assertEquals("dang uy - hoan thanh truoc", src.fold);
    }

    @Test
    void spansOfDecomposedTextCoverTheOriginalChars() {
        String nfd = java.text.Normalizer.normalize("Cấp tỉnh", java.text.Normalizer.Form.NFD);
        SourceText src = new SourceText(nfd);
        assertEquals("Cấp tỉnh", src.text);
        Span s = src.span(4, 8, 1);
        assertEquals(
                nfd.substring(s.start(), s.end()),
                java.text.Normalizer.normalize("tỉnh", java.text.Normalizer.Form.NFD));
        assertTrue(s.end() == nfd.length());
    }
}
