package vn.tiendo.plan;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST /plans and PUT /plans/{id} (a draft only). */
@Schema(name = "PlanInput")
public record PlanInput(
        @NotBlank @Size(max = 64) @Schema(example = "01-KH/TU") String number,
        @NotBlank
                @Size(max = 1000)
                @Schema(example = "Học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII")
                String title,
        @Schema(example = "1", description = "Cấp ủy ban hành; mặc định tổ chức của bạn") Long issuerOrgId,
        @Size(max = 1000) @Schema(example = "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII, nhiệm kỳ 2020-2025")
                String resolution,
        @Schema(example = "2020-11-02") LocalDate issuedOn,
        @Size(max = 20000) String purpose,
        @Size(max = 20000) String requirements,
        @Size(max = 20000) String materials,
        @Schema(example = "null", description = "Kế hoạch cấp trên (khi đây là kế hoạch của cấp dưới)")
                Long parentPlanId,
        @NotNull @Size(max = 50) List<@Valid @NotNull TierInput> tiers) {}
