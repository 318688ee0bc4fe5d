package vn.tiendo.member;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member expected by the plan who has not studied yet: the make-up list (danh sách học bù). */
@Schema(name = "PendingMember")
public record PendingMember(
        long memberId,
        String code,
        String fullName,
        long orgId,
        String orgName,
        MemberStatus status,
        @Schema(description = "Nhiệm vụ gần nhất của kế hoạch bao trùm tổ chức của đảng viên: lên lịch học bù tại đây")
                @Nullable
                Long assignmentId,
        @Schema(description = "Đã vắng có lý do ở một hội nghị của kế hoạch") boolean absentExcused,
        @Schema(description = "Người gọi được lên lịch học bù cho nhiệm vụ assignmentId") boolean canScheduleMakeUp) {}
