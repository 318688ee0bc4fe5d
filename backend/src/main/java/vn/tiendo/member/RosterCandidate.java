package vn.tiendo.member;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member who may appear on an attendance list or a write-up list: the active members of the assignee's subtree. */
@Schema(name = "RosterCandidate")
public record RosterCandidate(
        long memberId,
        String code,
        String fullName,
        long orgId,
        String orgName,
        MemberStatus status,
        @Schema(description = "Miễn sinh hoạt: không tính vào số phải học") boolean exempt,
        @Schema(description = "Đã có mặt ở một hội nghị của kế hoạch (kể cả học bù)") boolean studied) {}
