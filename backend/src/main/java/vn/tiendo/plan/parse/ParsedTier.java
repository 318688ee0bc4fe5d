package vn.tiendo.plan.parse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One tier of a draft plan: who studies or spreads the resolution, for how long and by when.
 * Any field the text does not state is {@code null} ({@code levelCodes} is then empty).
 *
 * @param activity {@code STUDY}, {@code PROPAGANDA}, {@code ACTION_PROGRAMME} or {@code OTHER}
 * @param levelCodes codes of the default levels, in rank order: {@code tinh}, {@code huyen},
 *     {@code co-so}, {@code chi-bo}, {@code doan-the}
 * @param durationDays length of the session in days; one {@code buổi} is 0.5
 * @param format {@code IN_PERSON}, {@code ONLINE} or {@code HYBRID}
 */
public record ParsedTier(
        String name,
        String activity,
        List<String> levelCodes,
        BigDecimal durationDays,
        LocalDate deadline,
        String audience,
        String presenter,
        String format) {
    public ParsedTier {
        levelCodes = levelCodes == null ? List.of() : List.copyOf(levelCodes);
    }
}
