package vn.tiendo.restructuring;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Chia tách: the source becomes inactive; its primary successor takes over its assignments, users and the children
 * not given to another successor.
 */
@Schema(name = "SplitInput")
public record SplitInput(
        @NotBlank @Size(max = 64) @Schema(example = "DU-HAICHAU") String sourceCode,
        @NotNull @Size(min = 2, max = 50) List<@NotNull @Valid Successor> successors,
        @NotNull @Schema(example = "2026-03-01") LocalDate effectiveOn,
        @NotBlank @Size(max = 500) @Schema(example = "Quyết định số 130-QĐ/TU ngày 25/02/2026") String decision) {

    @Schema(name = "SplitSuccessor")
    public record Successor(
            @NotBlank
                    @Size(max = 64)
                    @jakarta.validation.constraints.Pattern(
                            regexp = "[\\p{L}\\p{N}._\\-]+",
                            message = "chỉ gồm chữ, số, '.', '_' và '-'")
                    @Schema(example = "DU-HAICHAU-BAC")
                    String code,
            @Size(max = 255) @Schema(example = "Đảng ủy phường Hải Châu Bắc") String name,
            @Size(max = 64) @Schema(example = "TU-DANANG") String parentCode,
            @Size(max = 32) @Schema(example = "co-so") String levelCode,
            @Schema(description = "Tổ chức kế thừa chính (đúng một)") Boolean primary,
            @Size(max = 1000)
                    @Schema(
                            description =
                                    "Mã các tổ chức trực thuộc chuyển về tổ chức này; còn lại về tổ chức kế thừa chính")
                    List<@NotBlank String> childCodes) {}
}
