package vn.tiendo.plan.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import vn.tiendo.common.Text;

/**
 * Maps the levels the reader recognises ({@code tinh}, {@code huyen}, {@code co-so},
 * {@code chi-bo}, {@code doan-the}) to the levels configured in the database, which an
 * administrator may rename, add or retire: first by code, else by the words of their names
 * ({@code Cấp xã, phường, đặc khu} for the grassroots). A level that maps to none is left out and
 * one that maps to several takes the first by rank; both are warned beside the tier's levels, as
 * is a district level named for a deadline after 1/7/2025, when districts no longer exist.
 */
public final class ConfiguredLevels {
    /** A configured level: its code, its name, in rank order. */
    public record Level(String code, String name) {}

    private static final Map<String, Pattern> NAME_WORDS = Map.of(
            "tinh", Pattern.compile("\\btinh\\b|\\bthanh pho truc thuoc trung uong\\b"),
            "huyen", Pattern.compile("\\bhuyen\\b|\\bquan\\b|\\bthi xa\\b"),
            "co-so", Pattern.compile("\\bco so\\b|\\bxa\\b|\\bphuong\\b|\\bdac khu\\b"),
            "chi-bo", Pattern.compile("\\bchi bo\\b"),
            "doan-the", Pattern.compile("\\bdoan the\\b|\\bmat tran\\b"));
    private static final Map<String, String> SAID = Map.of(
            "tinh",
            "cấp tỉnh",
            "huyen",
            "cấp huyện",
            "co-so",
            "cấp cơ sở",
            "chi-bo",
            "chi bộ",
            "doan-the",
            "Mặt trận và các đoàn thể");

    private final List<Level> levels;

    public ConfiguredLevels(List<Level> levels) {
        this.levels = List.copyOf(levels);
    }

    /** The plan with its tiers' levels in configured codes, and a warning for each doubt. */
    public ParsedPlan apply(ParsedPlan plan) {
        List<String> warnings = new ArrayList<>(plan.warnings());
        Map<String, List<String>> keyed = new LinkedHashMap<>();
        plan.fieldWarnings().forEach((k, v) -> keyed.put(k, new ArrayList<>(v)));
        List<ParsedTier> tiers = new ArrayList<>();
        for (int i = 0; i < plan.tiers().size(); i++) {
            ParsedTier t = plan.tiers().get(i);
            String key = "tiers[" + i + "].levelCodes";
            String label = "đợt " + (i + 1);
            List<String> codes = new ArrayList<>();
            for (String c : t.levelCodes()) {
                List<String> to = candidates(c);
                if (to.isEmpty()) {
                    warn(
                            warnings,
                            keyed,
                            key,
                            "Cấp “" + SAID.get(c) + "” của " + label
                                    + " không khớp cấp nào đang cấu hình; hãy chọn cấp.");
                    continue;
                }
                if (to.size() > 1) {
                    warn(
                            warnings,
                            keyed,
                            key,
                            "Cấp “" + SAID.get(c) + "” của " + label + " có thể là "
                                    + String.join(
                                            " hoặc ",
                                            to.stream().map(this::name).toList()) + "; đã chọn "
                                    + name(to.get(0)) + ", hãy kiểm tra lại.");
                }
                if (c.equals("huyen") && t.deadline() != null && !t.deadline().isBefore(PlanTextParser.REFORM)) {
                    warn(
                            warnings,
                            keyed,
                            key,
                            "Văn bản nói “cấp huyện” cho " + label + " nhưng hạn sau "
                                    + "1/7/2025, khi cấp huyện không còn; hãy kiểm tra cấp.");
                }
                if (!codes.contains(to.get(0))) {
                    codes.add(to.get(0));
                }
            }
            tiers.add(new ParsedTier(
                    t.name(),
                    t.activity(),
                    codes,
                    t.durationDays(),
                    t.deadline(),
                    t.audience(),
                    t.presenter(),
                    t.format()));
        }
        return new ParsedPlan(
                plan.number(),
                plan.title(),
                plan.resolution(),
                plan.issuedOn(),
                plan.purpose(),
                plan.requirements(),
                plan.materials(),
                tiers,
                plan.spans(),
                warnings,
                plan.issuerName(),
                keyed);
    }

    /** Configured codes a recognised level may be: the same code, else levels named like it. */
    private List<String> candidates(String code) {
        List<String> out = new ArrayList<>();
        for (Level l : levels) {
            if (l.code().equals(code)) {
                return List.of(code);
            }
        }
        Pattern words = NAME_WORDS.get(code);
        for (Level l : levels) {
            if (words != null && words.matcher(Text.searchKey(l.name())).find()) {
                out.add(l.code());
            }
        }
        return out;
    }

    private String name(String code) {
        return levels.stream()
                .filter(l -> l.code().equals(code))
                .map(Level::name)
                .findFirst()
                .orElse(code);
    }

    private static void warn(List<String> warnings, Map<String, List<String>> keyed, String key, String message) {
        warnings.add(message);
        keyed.computeIfAbsent(key, k -> new ArrayList<>()).add(message);
    }
}
