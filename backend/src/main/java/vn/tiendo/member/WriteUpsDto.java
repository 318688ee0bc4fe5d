package vn.tiendo.member;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bài thu hoạch of an assignment's members. */
@Schema(name = "WriteUps")
public record WriteUpsDto(
        long assignmentId,
        List<Entry> entries,
        List<RosterCandidate> candidates,
        @Schema(description = "Người gọi được ghi bài thu hoạch") boolean canEdit) {

    @Schema(name = "WriteUpEntry")
    public record Entry(
            long memberId,
            String code,
            String fullName,
            String orgName,
            @Nullable LocalDate submittedOn,
            @Nullable WriteUpGrade grade,
            @Schema(description = "Tên tệp ảnh/bản chụp bài thu hoạch; null khi chưa có") @Nullable String fileName) {}
}
