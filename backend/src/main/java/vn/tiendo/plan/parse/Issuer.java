package vn.tiendo.plan.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level of the committee that issued the plan, needed to read {@code cấp thành phố} ("the
 * city level", i.e. the issuer's own) and {@code đảng bộ trực thuộc} ("the party organisations
 * directly under us", one level below the issuer).
 */
enum Issuer {
    /** A tỉnh ủy, or the thành ủy of a centrally-run city (Hà Nội, TP. Hồ Chí Minh, ...). */
    PROVINCE,
    /** A huyện ủy, thị ủy, quận ủy or the thành ủy of a provincial city. */
    DISTRICT,
    UNKNOWN;

    private static final Pattern STANDING_COMMITTEE = Pattern.compile(
            "\\bban\\s*(?:thuong\\s*vu|chap\\s*hanh)\\s*(tinh|thanh|huyen|thi|quan)\\s*uy\\b([^\\n,.;]{0,25})");
    private static final Pattern COMMITTEE =
            Pattern.compile("\\b(tinh|thanh|huyen|thi|quan)\\s*uy\\b([^\\n,.;]{0,25})");
    private static final Pattern NUMBER_SUFFIX = Pattern.compile("\\bkh\\s*/\\s*(hu|qu|tx)\\b");
    private static final Pattern CENTRAL_CITY = Pattern.compile(
            "^\\s*(?:thanh pho\\s*|tp\\.?\\s*)?(?:ha noi|ho chi minh|hai phong|da nang|can tho|hue)\\b");
    /** Where a plan names its issuer: the header and the first paragraphs. */
    private static final int HEADER_CHARS = 1500;

    static Issuer detect(String fold) {
        Matcher m = STANDING_COMMITTEE.matcher(fold);
        if (m.find()) {
            return of(m.group(1), m.group(2));
        }
        m = COMMITTEE.matcher(fold).region(0, Math.min(fold.length(), HEADER_CHARS));
        if (m.find()) {
            return of(m.group(1), m.group(2));
        }
        return NUMBER_SUFFIX.matcher(fold).find() ? DISTRICT : UNKNOWN;
    }

    private static Issuer of(String kind, String name) {
        if (kind.equals("tinh")) {
            return PROVINCE;
        }
        if (kind.equals("thanh") && CENTRAL_CITY.matcher(name).find()) {
            return PROVINCE;
        }
        return DISTRICT;
    }
}
