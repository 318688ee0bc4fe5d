package vn.tiendo.organization;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation as the API shows it. */
@Schema(name = "Organization")
public record OrganizationDto(
        @Schema(example = "12") long id,
        @Schema(example = "TU-TAMKY") String code,
        @Schema(example = "Thành ủy Tam Kỳ") String name,
        @Schema(example = "1") @Nullable Long parentId,
        @Schema(example = "huyen") String levelCode,
        @Schema(example = "5400") int memberCount,
        @Schema(example = "Nguyễn Văn A") @Nullable String secretaryName,
        @Schema(example = "0235 3812 345") @Nullable String phone,
        @Schema(example = "vanphong@tamky.dcs.vn") @Nullable String email,
        boolean active,
        @Schema(description = "Tổ chức kế thừa sau sáp nhập hoặc chia tách (tổ chức kế thừa chính)", example = "57")
                @Nullable
                Long successorId,
        @Schema(example = "0") int version,
        @Schema(description = "Số tổ chức trực thuộc đang hoạt động", example = "13") long childCount,
        @Schema(description = "Người gọi được sửa hoặc ngừng hoạt động tổ chức này (chỉ cấp trên)") boolean canEdit) {

    public static OrganizationDto of(Organization o, long childCount, boolean canEdit) {
        return new OrganizationDto(
                o.id,
                o.code,
                o.name,
                o.parentId,
                o.levelCode,
                o.memberCount,
                o.secretaryName,
                o.phone,
                o.email,
                o.active,
                o.successorId,
                o.version,
                childCount,
                canEdit);
    }
}
