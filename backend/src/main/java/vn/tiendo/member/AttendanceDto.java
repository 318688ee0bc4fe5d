package vn.tiendo.member;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A session's attendance: who was recorded how, and who could be (the checklist). */
@Schema(name = "Attendance")
public record AttendanceDto(
        long sessionId,
        long assignmentId,
        boolean makeUp,
        @Schema(description = "Đã ghi điểm danh cho hội nghị này") boolean recorded,
        List<Entry> entries,
        long present,
        long absentExcused,
        long absent,
        @Schema(
                        description =
                                "Đảng viên có thể điểm danh: đang sinh hoạt trong tổ chức được giao và các tổ chức trực thuộc")
                List<RosterCandidate> candidates,
        @Schema(description = "Người gọi được ghi điểm danh") boolean canEdit) {

    @Schema(name = "AttendanceEntry")
    public record Entry(
            long memberId,
            String code,
            String fullName,
            String orgName,
            AttendanceStatus status,
            @jakarta.annotation.Nullable String reason) {}
}
