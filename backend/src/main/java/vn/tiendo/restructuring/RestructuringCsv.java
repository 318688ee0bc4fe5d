package vn.tiendo.restructuring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.ImportFile;
import vn.tiendo.common.Text;

/**
 * A province's whole decision as CSV, one restructuring per line (a split: one line per successor, consecutive, same
 * source and decision). Header: {@code kind,sourceCodes,targetCode,targetName,parentCode,levelCode,effectiveOn,decision,primary,childCodes};
 * lists (sourceCodes, childCodes) are separated by ';'. Every line is checked as the JSON endpoints check their body;
 * every bad line is listed (422) before anything runs.
 */
@ApplicationScoped
public class RestructuringCsv {
    public static final List<String> COLUMNS = List.of(
            "kind",
            "sourceCodes",
            "targetCode",
            "targetName",
            "parentCode",
            "levelCode",
            "effectiveOn",
            "decision",
            "primary",
            "childCodes");
    private static final Set<String> KINDS = Set.of("MERGE", "SPLIT", "RENAME", "MOVE");

    /** One restructuring to run; exactly one of the inputs is set. */
    public record Step(String where, MergeInput merge, SplitInput split, RenameInput rename, MoveInput move) {}

    @Inject
    Validator validator;

    public List<Step> read(InputStream body) throws IOException {
        List<Step> steps = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (ImportFile.Line line :
                ImportFile.csv(body, StandardCharsets.UTF_8, ImportFile.Columns.of(COLUMNS.toArray(String[]::new)))) {
            try {
                add(steps, line.where(), line);
            } catch (ApiException e) {
                e.errors().forEach(fe -> errors.add(new FieldError(line.where() + ": " + fe.field(), fe.message())));
            }
        }
        for (Step s : steps) {
            Object input = s.merge() != null
                    ? s.merge()
                    : s.split() != null ? s.split() : s.rename() != null ? s.rename() : s.move();
            for (ConstraintViolation<Object> v : validator.validate(input)) {
                errors.add(new FieldError(s.where() + ": " + v.getPropertyPath(), v.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("Có " + errors.size() + " lỗi; không thay đổi gì", errors);
        }
        if (steps.isEmpty()) {
            throw ApiException.unprocessable("body", "tệp không có dòng nào");
        }
        return steps;
    }

    private static void add(List<Step> steps, String where, ImportFile.Line r) {
        String kind = upper(get(r, "kind"));
        if (!KINDS.contains(kind)) {
            throw ApiException.unprocessable("kind", "phải là MERGE, SPLIT, RENAME hoặc MOVE");
        }
        LocalDate effectiveOn = date(get(r, "effectiveOn"));
        String decision = get(r, "decision");
        List<String> sources = list(get(r, "sourceCodes"));
        String target = get(r, "targetCode");
        switch (kind) {
            case "MERGE" ->
                steps.add(new Step(
                        where,
                        new MergeInput(
                                sources,
                                new MergeInput.TargetInput(
                                        target, get(r, "targetName"), get(r, "parentCode"), get(r, "levelCode")),
                                effectiveOn,
                                decision),
                        null,
                        null,
                        null));
            case "RENAME" ->
                steps.add(new Step(
                        where,
                        null,
                        null,
                        new RenameInput(single(sources), get(r, "targetName"), effectiveOn, decision),
                        null));
            case "MOVE" ->
                steps.add(new Step(
                        where,
                        null,
                        null,
                        null,
                        new MoveInput(single(sources), get(r, "parentCode"), effectiveOn, decision)));
            default -> {
                var successor = new SplitInput.Successor(
                        target,
                        get(r, "targetName"),
                        get(r, "parentCode"),
                        get(r, "levelCode"),
                        "true".equalsIgnoreCase(get(r, "primary")) || "1".equals(get(r, "primary")),
                        list(get(r, "childCodes")));
                Step last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
                String source = single(sources);
                if (last != null
                        && last.split() != null
                        && last.split().sourceCode().equals(source)
                        && java.util.Objects.equals(last.split().decision(), decision)) {
                    List<SplitInput.Successor> all =
                            new ArrayList<>(last.split().successors());
                    all.add(successor);
                    steps.set(
                            steps.size() - 1,
                            new Step(
                                    last.where(),
                                    null,
                                    new SplitInput(source, all, last.split().effectiveOn(), decision),
                                    null,
                                    null));
                } else {
                    steps.add(new Step(
                            where,
                            null,
                            new SplitInput(source, List.of(successor), effectiveOn, decision),
                            null,
                            null));
                }
            }
        }
    }

    private static String single(List<String> codes) {
        if (codes.size() != 1) {
            throw ApiException.unprocessable("sourceCodes", "cần đúng một mã tổ chức");
        }
        return codes.get(0);
    }

    private static List<String> list(String raw) {
        if (raw == null) {
            return List.of();
        }
        return Arrays.stream(raw.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static LocalDate date(String raw) {
        if (raw == null) {
            throw ApiException.unprocessable("effectiveOn", "bắt buộc (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiException.unprocessable("effectiveOn", "'" + raw + "' không phải ngày dạng YYYY-MM-DD");
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    private static String get(ImportFile.Line r, String column) {
        return Text.trimToNull(r.get(column));
    }
}
