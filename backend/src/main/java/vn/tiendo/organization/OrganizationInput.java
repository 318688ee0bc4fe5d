package vn.tiendo.organization;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of POST/PUT /organizations (and PUT /organizations/by-code/{code}, where code comes from the path). */
@Schema(name = "OrganizationInput")
public record OrganizationInput(
        @Size(min = 1, max = 64)
                @Pattern(regexp = "[\\p{L}\\p{N}._\\-]+", message = "chỉ gồm chữ, số, '.', '_' và '-'")
                @Schema(
                        example = "TU-TAMKY",
                        description = "Mã ổn định, duy nhất (bỏ qua ở PUT /organizations/by-code/{code})")
                String code,
        @NotBlank @Size(max = 255) @Schema(example = "Thành ủy Tam Kỳ") String name,
        @Schema(example = "1", description = "Tổ chức cấp trên; để trống cho gốc (chỉ quản trị hệ thống)")
                Long parentId,
        @NotBlank @Schema(example = "huyen") String levelCode,
        @PositiveOrZero @Schema(example = "5400") Integer memberCount,
        @Size(max = 255) @Schema(example = "Nguyễn Văn A") String secretaryName,
        @Size(max = 64) @Schema(example = "0235 3812 345") String phone,
        @Email @Size(max = 255) @Schema(example = "vanphong@tamky.dcs.vn") String email,
        @Schema(description = "Mặc định true") Boolean active) {}
