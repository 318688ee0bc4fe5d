package vn.tiendo.restructuring;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sáp nhập: the sources become inactive and the target (new, or existing by code) takes over. */
@Schema(name = "MergeInput")
public record MergeInput(
        @NotNull @Size(min = 1, max = 100) @Schema(example = "[\"DU-ANHAI\", \"DU-SONTRA\"]")
                List<@NotBlank @Size(max = 64) String> sourceCodes,
        @NotNull @Valid TargetInput target,
        @NotNull @Schema(example = "2026-03-01") LocalDate effectiveOn,
        @NotBlank @Size(max = 500) @Schema(example = "Quyết định số 125-QĐ/TU ngày 20/02/2026") String decision) {

    /** The organisation that takes over: {@code {"code"}} of an existing one, or a new one with every field. */
    @Schema(name = "RestructuringTarget")
    public record TargetInput(
            @NotBlank
                    @Size(max = 64)
                    @jakarta.validation.constraints.Pattern(
                            regexp = "[\\p{L}\\p{N}._\\-]+",
                            message = "chỉ gồm chữ, số, '.', '_' và '-'")
                    @Schema(example = "DU-SONTRA-2026")
                    String code,
            @Size(max = 255) @Schema(example = "Đảng ủy phường Sơn Trà") String name,
            @Size(max = 64) @Schema(example = "TU-DANANG") String parentCode,
            @Size(max = 32) @Schema(example = "co-so") String levelCode) {}
}
