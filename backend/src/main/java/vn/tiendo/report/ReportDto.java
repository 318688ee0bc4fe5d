package vn.tiendo.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Report")
public record ReportDto(
        @Schema(example = "77") long id,
        @Schema(example = "101") long assignmentId,
        @Schema(example = "5") long planId,
        @Schema(example = "01-KH/TU") String planNumber,
        String planTitle,
        @Schema(example = "Cấp cơ sở") String tierName,
        @Schema(example = "31") long orgId,
        @Schema(example = "Đảng ủy phường An Mỹ") String orgName,
        @Schema(example = "2020-12-31") LocalDate deadline,
        @Schema(example = "1") int version,
        LocalDate heldOn,
        int attendees,
        int expected,
        int absentWithReason,
        int writeUps,
        boolean actionProgrammeAdopted,
        @Nullable String actionProgrammeRef,
        List<String> propagandaForms,
        @Nullable String notes,
        long submittedBy,
        @Schema(example = "Lê Văn Cường") String submittedByName,
        @Schema(description = "Khóa API đã nộp báo cáo này (cổng thông tin nộp thay), nếu có") @Nullable Long apiKeyId,
        @Schema(description = "Tổ chức được khóa API nộp thay, nếu có") @Nullable Long filedForOrgId,
        Instant submittedAt,
        @Schema(description = "Lần nộp này có đúng hạn (theo hạn hiện tại) không") boolean onTime,
        ReportState state,
        @Nullable String reviewComment,
        @Nullable Long reviewedBy,
        @Nullable String reviewedByName,
        @Nullable Instant reviewedAt,
        @Schema(description = "Là phiên bản hiện hành của nhiệm vụ") boolean current) {}
