package vn.tiendo.member;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Changes to one member; absent fields stay as they are. exemptReason "" ends an exemption. */
@Schema(name = "MemberPatch")
public record MemberPatch(
        @Size(min = 1, max = 255) @Schema(example = "Nguyễn Thị Lan") String fullName,
        MemberStatus status,
        @Size(max = 500) @Schema(example = "Tuổi cao, sức yếu", description = "Chuỗi rỗng = thôi miễn sinh hoạt")
                String exemptReason,
        @Schema(example = "32", description = "Chuyển sinh hoạt sang tổ chức này") Long orgId,
        @Schema(description = "true = kích hoạt lại") Boolean active) {}
