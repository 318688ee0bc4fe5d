package vn.tiendo.plan.parse;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises which default level a phrase targets. Rules are tried in order and each match blanks
 * its words out for the later rules, so {@code chi bộ trực thuộc đảng ủy cơ sở} is {@code chi-bo}
 * only, not also {@code co-so}.
 */
final class LevelMatcher {
    static final List<String> RANK = List.of("tinh", "huyen", "co-so", "chi-bo", "doan-the");

    record Match(String code, int start, int end, double confidence) {}

    private enum Rule {
        /**
         * Places a conference reaches, not levels that hold one: "kết nối tới điểm cầu 124 xã,
         * phường, đặc khu".
         */
        BRIDGE(
                null,
                0,
                "(?:diem cau|ket noi (?:den|toi|voi))(?: (?:tai|cua|o|cac|toan|\\d+)\\b){0,4}(?: cap)? " + PLACES
                        + "(?:,? (?:va )?(?:cap )?" + PLACES + "){0,8}"),
        /**
         * Who attends, listed in brackets after the tier's name: "Hội nghị cán bộ chủ chốt huyện
         * (gồm Ban Chấp hành Đảng bộ huyện, ..., Mặt trận và các đoàn thể huyện; bí thư các đảng bộ,
         * chi bộ cơ sở)".
         */
        ATTENDING(null, 0, "(?<=\\()(?:thanh phan )?gom\\b[^()\\n]{0,300}(?=\\))"),
        /**
         * People named by their post in an organisation ("bí thư, phó bí thư các tổ chức cơ sở
         * đảng", "bí thư chi bộ"): the audience, not the level that holds the tier.
         */
        POSTS(
                null,
                0,
                "(?:pho )?bi thu(?:,? (?:va )?pho bi thu)?(?: (?:cac|cua))? "
                        + "(?:chi bo|dang bo|dang uy|to chuc co so(?: dang)?|tccs(?: dang)?)"
                        + "(?: (?:co so|truc thuoc|xa|phuong|thi tran|dac khu)\\b){0,4}"),
        /**
         * A standing committee holding the conference ("Ban Thường vụ Tỉnh ủy Bình Định tổ chức
         * hội nghị ..."): its own level.
         */
        HOLDS(
                null,
                0.8,
                "(?:ban thuong vu|ban chap hanh) (tinh|huyen|thi|quan|thanh) uy(?: [a-z]+\\b){0,3} "
                        + "to chuc (?:hoi nghi|hoc tap|quan triet)"),
        /** "Hội nghị cán bộ chủ chốt huyện", "... toàn tỉnh": the level whose key cadres meet. */
        KEY_CADRES(null, 0.85, "can bo chu chot (?:cap |toan )?(tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\\b"),
        CHI_BO_UNDER_GRASSROOTS(
                "chi-bo",
                0.9,
                "chi bo truc thuoc(?! (?:thanh|huyen|tinh|thi|quan) uy)"
                        + "(?: (?:cac )?(?:dang uy|dang bo)(?: co so| xa| phuong| thi tran)?)?"
                        + "|chi bo (?:thon|khoi pho|khu pho|to dan pho|ap|ban|khom)\\b"),
        DISTRICT_LIST(
                "huyen",
                0.95,
                // in any order: "quận ủy, huyện ủy, thị ủy và đảng ủy trực thuộc Thành ủy"
                "(?:(?:huyen|quan|thi|thanh) uy,? (?:va )?(?:cac )?){2,6}(?:dang uy truc thuoc(?: (?:tinh|thanh) uy)?)?"
                        + "|huyen,? thi,? thanh uy(?:,? (?:va )?(?:cac )?dang uy truc thuoc(?: tinh uy)?)?"),
        DISTRICT(
                "huyen",
                0.9,
                "cap huyen(?: va tuong duong)?|cap quan(?! ly)(?: va tuong duong)?"
                        + "|cap thi xa|dang bo khoi\\b|dang uy khoi\\b"),
        PROVINCE("tinh", 0.9, "cap tinh\\b"),
        /** Resolved by {@link #issuerLevel}. */
        CITY(null, 0.6, "cap thanh pho\\b"),
        /** One level below the issuer, unless the text names the parent committee. */
        DIRECTLY_UNDER(null, 0.6, "(?:dang uy|dang bo) truc thuoc(?: (tinh|thanh|huyen|thi|quan) uy)?"),
        GRASSROOTS(
                "co-so",
                0.9,
                "cap co so|to chuc co so dang|tccs(?: dang)?"
                        + "|(?:dang bo|dang uy|chi bo|cap uy|to chuc dang) co so\\b|cap xa\\b"
                        + "|(?:dang uy|dang bo) (?:cac )?(?:xa|phuong|thi tran|dac khu)\\b"
                        + "(?:,? (?:va )?(?:xa|phuong|thi tran|dac khu)\\b)*"
                        + "|\\bxa,? (?:phuong|thi tran)(?:,? (?:va )?(?:thi tran|dac khu))?\\b"
                        + "|dang bo (?:co quan|doanh nghiep)"
                        // "các đảng bộ, chi bộ cơ quan": the party organisations of the agencies
                        + "|(?:dang bo|dang uy),? (?:va )?chi bo (?:co quan|doanh nghiep|truong hoc)\\b"),
        FRONT(
                "doan-the",
                0.9,
                "mat tran(?: to quoc)?(?: viet nam)?|ubmttq\\w*|mttq\\w*"
                        + "|(?:cac )?doan the(?: chinh tri ?- ?xa hoi)?|to chuc chinh tri ?- ?xa hoi"),
        /** Bare "chi bộ": a grassroots party cell when the heading above is about grassroots. */
        BARE_CELL(null, 0.6, "(?:cac )?chi bo\\b"),
        BARE_COMMITTEE(
                "co-so",
                0.5,
                "(?<!toan\\s)(?<!dai\\shoi\\s)(?:cac )?dang bo\\b"
                        + "(?! (?:tinh|thanh pho|huyen|quan|thi xa|toan|cac cap|lan|nhiem))");

        final String code;
        final double confidence;
        final Pattern pattern;

        Rule(String code, double confidence, String regex) {
            this.code = code;
            this.confidence = confidence;
            this.pattern = Pattern.compile("\\b(?:" + regex.replace(" ", "\\s*") + ")");
        }
    }

    /** Words for the places of a level, as a bridge point names them. */
    private static final String PLACES = "(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|tinh|thanh pho|co so)\\b";

    /** What a matched level is overwritten with so later rules skip it. */
    private static final char BLANKED = (char) 1;

    private final Issuer issuer;
    /** Whether the plan dates from after 1/7/2025, when districts were abolished. */
    private final boolean afterReform;

    private final Set<String> notes = new LinkedHashSet<>();

    LevelMatcher(Issuer issuer) {
        this(issuer, false);
    }

    LevelMatcher(Issuer issuer, boolean afterReform) {
        this.issuer = issuer;
        this.afterReform = afterReform;
    }

    /** Warnings about guesses made so far (each once). */
    Set<String> notes() {
        return notes;
    }

    /**
     * Levels named in {@code fold[start, end)}, in text order.
     *
     * @param grassrootsContext whether a heading above is about grassroots organisations, which
     *     makes a bare {@code chi bộ} a grassroots cell ({@code co-so})
     */
    List<Match> find(String fold, int start, int end, boolean grassrootsContext) {
        char[] work = fold.substring(start, end).toCharArray();
        List<Match> out = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            Matcher m = rule.pattern.matcher(CharBuffer.wrap(work));
            while (m.find()) {
                String code = resolve(rule, m, grassrootsContext);
                if (code != null) {
                    out.add(new Match(code, start + m.start(), start + m.end(), rule.confidence));
                }
                for (int i = m.start(); i < m.end(); i++) {
                    work[i] = BLANKED; // not a blank: no \\s* may bridge a matched level
                }
            }
        }
        out.sort(Comparator.comparingInt(Match::start));
        return out;
    }

    /** Distinct codes of the matches, in rank order. */
    static List<String> codes(List<Match> matches) {
        List<String> codes = new ArrayList<>();
        for (String code : RANK) {
            if (matches.stream().anyMatch(m -> m.code().equals(code))) {
                codes.add(code);
            }
        }
        return codes;
    }

    private String resolve(Rule rule, Matcher m, boolean grassrootsContext) {
        switch (rule) {
            case CITY:
                return issuerLevel();
            case DIRECTLY_UNDER:
                String parent = m.group(1);
                if (parent != null) {
                    // under a province (or a centrally-run city's committee); since 1/7/2025 the
                    // committees directly under a province are communes, wards, special zones and
                    // bloc committees: the grassroots level
                    boolean province = parent.equals("tinh") || (parent.equals("thanh") && issuer == Issuer.PROVINCE);
                    return province && !afterReform ? "huyen" : "co-so";
                }
                return issuer == Issuer.DISTRICT ? "co-so" : below(issuer);
            case BARE_CELL:
                return grassrootsContext ? "co-so" : "chi-bo";
            case BRIDGE:
            case ATTENDING:
            case POSTS:
                return null;
            case HOLDS:
                return switch (m.group(1)) {
                    case "tinh" -> "tinh";
                    case "thanh" -> issuerLevel();
                    default -> "huyen";
                };
            case KEY_CADRES:
                return switch (m.group(1)) {
                    case "tinh" -> "tinh";
                    case "thanh pho" -> issuerLevel();
                    case "xa", "phuong" -> "co-so";
                    default -> "huyen";
                };
            default:
                return rule.code;
        }
    }

    private String issuerLevel() {
        if (issuer == Issuer.UNKNOWN) {
            notes.add("Không rõ văn bản do tỉnh ủy hay thành ủy, huyện ủy ban hành; đã hiểu "
                    + "“cấp thành phố” là cấp huyện và tương đương.");
            return "huyen";
        }
        return issuer == Issuer.PROVINCE ? "tinh" : "huyen";
    }

    private String below(Issuer i) {
        if (afterReform) {
            return "co-so";
        }
        if (i == Issuer.UNKNOWN) {
            notes.add(
                    "Không rõ cấp của đơn vị ban hành; đã hiểu “đảng bộ trực thuộc” là cấp huyện " + "và tương đương.");
        }
        return "huyen";
    }
}
