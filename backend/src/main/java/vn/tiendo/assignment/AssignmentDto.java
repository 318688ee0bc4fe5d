package vn.tiendo.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Assignment")
public record AssignmentDto(
        @Schema(example = "101") long id,
        @Schema(example = "5") long planId,
        @Schema(example = "01-KH/TU") String planNumber,
        String planTitle,
        @Schema(example = "PUBLISHED") String planStatus,
        @Schema(example = "3") long tierId,
        @Schema(example = "Cấp cơ sở") String tierName,
        @Schema(example = "31") long orgId,
        @Schema(example = "DU-ANMY") String orgCode,
        @Schema(example = "Đảng ủy phường An Mỹ") String orgName,
        @Schema(example = "co-so") String orgLevelCode,
        @Schema(example = "Nguyễn Văn A") @Nullable String secretaryName,
        @Nullable String phone,
        @Nullable String email,
        @Schema(example = "2020-12-31") LocalDate deadline,
        @Schema(example = "2020-12-31") LocalDate originalDeadline,
        AssignmentStatus status,
        boolean overdue,
        @Schema(example = "-3", description = "Số ngày còn lại đến hạn (âm = số ngày trễ)") long daysLeft,
        @Nullable Instant completedAt,
        @Nullable Boolean onTime,
        @Nullable String exemptReason,
        @Nullable String extensionReason,
        @Schema(example = "2") int version,
        @Nullable CurrentReport currentReport,
        @Schema(description = "Người gọi được nộp báo cáo / lên lịch hội nghị cho nhiệm vụ này") boolean canReport,
        @Schema(description = "Người gọi được duyệt báo cáo hiện hành (cấp trên; nhiệm vụ đang chờ duyệt)")
                boolean canReview,
        @Schema(description = "Người gọi được gia hạn (cấp trên; chưa chấp nhận, chưa miễn)") boolean canExtend,
        @Schema(description = "Người gọi được miễn (cấp trên; nhiệm vụ còn phải làm)") boolean canExempt,
        @Schema(
                        example = "2021-01-20",
                        description =
                                "Hạn muộn nhất được gia hạn tới (hạn kế hoạch cấp trên ràng buộc); null nếu không giới hạn hoặc không được gia hạn")
                @Nullable
                LocalDate maxDeadline) {

    @Schema(name = "CurrentReport")
    public record CurrentReport(long id, int version, String state, @Nullable String reviewComment) {}
}
