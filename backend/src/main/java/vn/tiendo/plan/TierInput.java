package vn.tiendo.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.common.Format;

@Schema(name = "TierInput")
public record TierInput(
        @NotBlank @Size(max = 500) @Schema(example = "Cấp huyện và tương đương") String name,
        @Schema(example = "STUDY", description = "Mặc định STUDY") Activity activity,
        @Size(max = 20) @Schema(example = "[\"huyen\"]") List<@NotBlank String> levelCodes,
        @Size(max = 1000) @Schema(example = "[]", description = "Thêm từng tổ chức cụ thể ngoài các cấp")
                List<@NotNull Long> organizationIds,
        @Size(max = 5000) @Schema(example = "Cán bộ chủ chốt cấp huyện") String audience,
        @DecimalMin(value = "0.5")
                @DecimalMax(value = "365")
                @Schema(example = "1", description = "Số ngày; 0.5 = một buổi")
                BigDecimal durationDays,
        @Size(max = 500) @Schema(example = "Đồng chí Bí thư") String presenter,
        @Schema(example = "HYBRID", description = "Mặc định IN_PERSON") Format format,
        @NotNull @Schema(example = "2020-12-10") LocalDate deadline) {}
