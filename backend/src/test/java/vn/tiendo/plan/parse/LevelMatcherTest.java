package vn.tiendo.plan.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LevelMatcherTest {

    private static List<String> codes(String phrase, Issuer issuer, boolean grassroots) {
        String fold = new SourceText(phrase).fold;
        return LevelMatcher.codes(new LevelMatcher(issuer).find(fold, 0, fold.length(), grassroots));
    }

    /** phrase | issuer | heading above is about grassroots | codes ("a,b", empty for none). */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "cấp tỉnh | UNKNOWN | false | tinh",
                "CAP TINH | UNKNOWN | false | tinh",
                "cấp huyện và tương đương | UNKNOWN | false | huyen",
                "huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc | DISTRICT | false | huyen",
                "huyện, thị, thành ủy | UNKNOWN | false | huyen",
                "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh | UNKNOWN | false | huyen",
                "cấp cơ sở | UNKNOWN | false | co-so",
                "các tổ chức cơ sở đảng trực thuộc Thành ủy | DISTRICT | false | co-so",
                "TCCS Đảng | UNKNOWN | false | co-so",
                "Đảng ủy xã, phường, thị trấn | UNKNOWN | false | co-so",
                "chi bộ trực thuộc | UNKNOWN | false | chi-bo",
                "chi bộ trực thuộc đảng ủy cơ sở | UNKNOWN | false | chi-bo",
                "chi bộ thôn, khối phố | UNKNOWN | false | chi-bo",
                "các Chi bộ | UNKNOWN | false | chi-bo",
                "các Chi bộ | UNKNOWN | true | co-so",
                "chi bộ cơ sở | UNKNOWN | false | co-so",
                "các Đảng bộ | UNKNOWN | false | co-so",
                "đảng bộ trực thuộc | PROVINCE | false | huyen",
                "đảng bộ trực thuộc | DISTRICT | false | co-so",
                "đảng bộ trực thuộc Tỉnh ủy | DISTRICT | false | huyen",
                "cấp thành phố | PROVINCE | false | tinh",
                "cấp thành phố | DISTRICT | false | huyen",
                "Mặt trận Tổ quốc và các đoàn thể | UNKNOWN | false | doan-the",
                "Mặt trận và các đoàn thể chính trị - xã hội | UNKNOWN | false | doan-the",
                "UBMTTQ Việt Nam | UNKNOWN | false | doan-the",
                "các tổ chức chính trị-xã hội | UNKNOWN | false | doan-the",
                "cấp tỉnh và cấp huyện | UNKNOWN | false | tinh,huyen",
                "Đại hội Đảng bộ thành phố Tam Kỳ | DISTRICT | false | ",
                "cán bộ, đảng viên trong toàn Đảng bộ | PROVINCE | false | ",
                "cấp quản lý | UNKNOWN | false | ",
                "trong nhân dân | UNKNOWN | false | ",
                "Ban Thường vụ Tỉnh ủy Bình Định tổ chức hội nghị | UNKNOWN | false | tinh",
                "Ban Thường vụ Huyện ủy tổ chức học tập | UNKNOWN | false | huyen",
                "Ban Thường vụ Thành ủy tổ chức hội nghị | PROVINCE | false | tinh",
                "Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch tổ chức học tập | UNKNOWN | false | ",
                "báo cáo Ban Thường vụ Tỉnh ủy | UNKNOWN | false | ",
                "quận ủy, huyện ủy, thị ủy và đảng ủy trực thuộc Thành ủy | PROVINCE | false | huyen",
                "các huyện ủy, thành ủy, thị ủy | PROVINCE | false | huyen",
                "đảng ủy trực thuộc Thành ủy | PROVINCE | false | huyen",
                "đảng ủy trực thuộc Thành ủy | DISTRICT | false | co-so",
                "các đảng bộ, chi bộ cơ quan | UNKNOWN | false | co-so",
                "kết nối tới điểm cầu 124 xã, phường, đặc khu | UNKNOWN | false | ",
                "hội nghị cấp tỉnh kết nối đến các điểm cầu cấp huyện | UNKNOWN | false | tinh",
                "cán bộ chủ chốt huyện | UNKNOWN | false | huyen",
                "cán bộ chủ chốt toàn tỉnh | UNKNOWN | false | tinh",
                "cán bộ chủ chốt cấp xã | UNKNOWN | false | co-so",
                "cán bộ chủ chốt thành phố | PROVINCE | false | tinh",
                "Đảng ủy Khối quán triệt cho bí thư, phó bí thư các tổ chức cơ sở đảng | UNKNOWN | false | huyen",
                "đảng ủy viên, bí thư chi bộ và cán bộ phường | UNKNOWN | false | ",
                "cán bộ chủ chốt huyện (gồm Mặt trận và các đoàn thể huyện; bí thư các đảng bộ, chi bộ cơ sở) | DISTRICT | false | huyen",
                "Mặt trận (Ủy ban MTTQ) và các đoàn thể | UNKNOWN | false | doan-the",
            })
    void levels(String phrase, Issuer issuer, boolean grassroots, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(","));
        assertEquals(want, codes(phrase, issuer, grassroots));
    }

    @Test
    void cityLevelOfAnUnknownIssuerIsDistrictWithANote() {
        LevelMatcher m = new LevelMatcher(Issuer.UNKNOWN);
        String fold = new SourceText("cấp thành phố").fold;
        assertEquals(List.of("huyen"), LevelMatcher.codes(m.find(fold, 0, fold.length(), false)));
        assertEquals(1, m.notes().size());
        assertTrue(m.notes().iterator().next().contains("cấp thành phố"));
    }
}
