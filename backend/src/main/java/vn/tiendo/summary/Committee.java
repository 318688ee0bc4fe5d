package vn.tiendo.summary;

import java.util.List;
import java.util.Locale;

/**
 * What the party's document form needs to know of a committee, read from its name ("Thành ủy Tam Kỳ",
 * "Đảng ủy phường An Mỹ", "Chi bộ khối phố 1"): its kind ("Thành ủy"), the place it is named after ("Tam Kỳ"),
 * the symbol of its documents ("TU"), and whether it has a standing committee and a Ban Tuyên giáo và Dân vận.
 */
record Committee(
        String name, String kind, String place, String symbol, boolean hasDepartment, boolean hasStandingCommittee) {
    private static final Locale VI = Locale.forLanguageTag("vi");

    /** Kind, document symbol, has a Ban Tuyên giáo và Dân vận, has a standing committee. */
    private record Kind(String prefix, String symbol, boolean department, boolean standing) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("Tỉnh ủy", "TU", true, true),
            new Kind("Thành ủy", "TU", true, true),
            new Kind("Huyện ủy", "HU", true, true),
            new Kind("Thị ủy", "TU", true, true),
            new Kind("Quận ủy", "QU", true, true),
            new Kind("Đảng ủy", "ĐU", false, true),
            new Kind("Đảng bộ", "ĐU", false, true),
            new Kind("Chi bộ", "CB", false, false));
    /** Words between the kind and the place name: "Đảng ủy phường An Mỹ" is named after An Mỹ. */
    private static final List<String> UNITS = List.of(
            "phường ",
            "xã ",
            "thị trấn ",
            "đặc khu ",
            "khối phố ",
            "thôn ",
            "tổ dân phố ",
            "khối ",
            "thành phố ",
            "tỉnh ",
            "quận ",
            "huyện ",
            "thị xã ");

    static Committee of(String name) {
        for (Kind k : KINDS) {
            if (name.regionMatches(true, 0, k.prefix(), 0, k.prefix().length())) {
                String rest = name.substring(k.prefix().length()).strip();
                String place = rest;
                for (String u : UNITS) {
                    if (place.toLowerCase(VI).startsWith(u)) {
                        place = place.substring(u.length()).strip();
                        break;
                    }
                }
                return new Committee(
                        name, k.prefix(), place.isEmpty() ? name : place, k.symbol(), k.department(), k.standing());
            }
        }
        return new Committee(name, name, name, "", false, false);
    }

    /** "Ban Tuyên giáo và Dân vận Tỉnh ủy". */
    String department() {
        return "Ban Tuyên giáo và Dân vận " + kind;
    }

    /** "Văn phòng Thành ủy"; a cell keeps its own records. */
    String office() {
        return hasStandingCommittee ? "Văn phòng " + kind : kind;
    }

    /** Who signs: "T/M BAN THƯỜNG VỤ", or "T/M CHI BỘ" for a cell. */
    String onBehalfOf() {
        return hasStandingCommittee ? "T/M BAN THƯỜNG VỤ" : "T/M " + kind.toUpperCase(VI);
    }
}
