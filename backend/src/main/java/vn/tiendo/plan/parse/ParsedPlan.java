package vn.tiendo.plan.parse;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A draft plan read from free text, for a person to check and complete. Fields the text does not
 * state are {@code null}; {@code spans} has an entry for each field actually read (keys such as
 * {@code number}, {@code tiers[0].deadline}); {@code warnings} are Vietnamese sentences about what
 * was guessed or missing; {@code fieldWarnings} repeats each warning that concerns one field under
 * that field's key (the same keys as spans); {@code issuerName} is the issuing committee as the
 * text names it ({@code Tỉnh ủy Quảng Ngãi}), or null.
 */
public record ParsedPlan(
        String number,
        String title,
        String resolution,
        LocalDate issuedOn,
        String purpose,
        String requirements,
        String materials,
        List<ParsedTier> tiers,
        Map<String, Span> spans,
        List<String> warnings,
        String issuerName,
        Map<String, List<String>> fieldWarnings) {
    public ParsedPlan {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        spans = spans == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(spans));
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        fieldWarnings =
                fieldWarnings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fieldWarnings));
    }

    public ParsedPlan(
            String number,
            String title,
            String resolution,
            LocalDate issuedOn,
            String purpose,
            String requirements,
            String materials,
            List<ParsedTier> tiers,
            Map<String, Span> spans,
            List<String> warnings) {
        this(number, title, resolution, issuedOn, purpose, requirements, materials, tiers, spans, warnings, null, null);
    }
}
