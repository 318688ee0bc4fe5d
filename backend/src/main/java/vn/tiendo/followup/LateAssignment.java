package vn.tiendo.followup;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.assignment.AssignmentStatus;

/** Một dòng của danh sách đôn đốc: a late or due-soon assignment with whom to call about it. */
@Schema(name = "LateAssignment")
public record LateAssignment(
        @Schema(example = "101") long assignmentId,
        @Schema(example = "3") long tierId,
        @Schema(example = "Cấp cơ sở") String tierName,
        @Schema(example = "31") long orgId,
        @Schema(example = "DU-ANMY") String orgCode,
        @Schema(example = "Đảng ủy phường An Mỹ") String orgName,
        @Schema(example = "co-so") String orgLevelCode,
        @Schema(example = "2020-12-31") LocalDate deadline,
        @Schema(example = "4", description = "Số ngày trễ (âm: còn bấy nhiêu ngày đến hạn, 0: hạn là hôm nay)")
                long daysLate,
        @Schema(example = "true") boolean overdue,
        @Schema(example = "HELD") AssignmentStatus status,
        @Schema(example = "Nguyễn Văn A") @Nullable String secretaryName,
        @Schema(example = "0235 3812 345") @Nullable String phone,
        @Schema(example = "vanphong@anmy.dcs.vn") @Nullable String email,
        @Schema(description = "Lần nhắc gần nhất (tự động hoặc thủ công); null nếu chưa nhắc") @Nullable
                Instant lastReminderAt,
        @Schema(example = "OVERDUE", description = "Loại lần nhắc gần nhất") @Nullable String lastReminderKind) {}
