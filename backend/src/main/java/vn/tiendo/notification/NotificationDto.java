package vn.tiendo.notification;

import java.time.Instant;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification")
public record NotificationDto(
        @Schema(example = "55") long id,
        @Schema(example = "OVERDUE") Stage kind,
        @Schema(example = "Quá hạn: Cấp cơ sở — 01-KH/TU") String title,
        @Schema(
                        example =
                                "Đảng ủy phường An Mỹ đã trễ 2 ngày so với hạn (ngày 31/12/2020) hoàn thành \"Cấp cơ sở\" theo Kế hoạch số 01-KH/TU (...). Đề nghị khẩn trương tổ chức thực hiện và gửi báo cáo kết quả.")
                String body,
        @Schema(example = "5") @Nullable Long planId,
        @Schema(example = "101") @Nullable Long assignmentId,
        Instant createdAt,
        @Schema(description = "null khi chưa đọc") @Nullable Instant readAt) {

    static NotificationDto of(Notification n) {
        return new NotificationDto(n.id, n.kind, n.title, n.body, n.planId, n.assignmentId, n.createdAt, n.readAt);
    }
}
