package vn.tiendo.member;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member")
public record MemberDto(
        @Schema(example = "901") long id,
        @Schema(example = "DV-49012345", description = "Số định danh trong CSDL đảng viên") String code,
        @Schema(example = "Nguyễn Thị Lan") String fullName,
        @Schema(example = "31") long orgId,
        @Schema(example = "Chi bộ khối phố 1") String orgName,
        MemberStatus status,
        @Schema(description = "Lý do miễn sinh hoạt; null khi không miễn") @Nullable String exemptReason,
        boolean active,
        @Schema(example = "0") int version) {

    static MemberDto of(Member m, String orgName) {
        return new MemberDto(m.id, m.code, m.fullName, m.orgId, orgName, m.status, m.exemptReason, m.active, m.version);
    }
}
