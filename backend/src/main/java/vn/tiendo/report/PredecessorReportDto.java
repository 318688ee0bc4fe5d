package vn.tiendo.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report filed for an organisation since merged into the successor's: read-only history of its assignment. */
@Schema(name = "PredecessorReport")
public record PredecessorReportDto(
        @Schema(description = "Nhiệm vụ (đã sáp nhập) của tổ chức trước sáp nhập", example = "98")
                long fromAssignmentId,
        @Schema(example = "31") long fromOrgId,
        @Schema(example = "DN-P-THANHKHE") String fromOrgCode,
        @Schema(example = "Đảng ủy phường Thanh Khê Đông") String fromOrgName,
        ReportDto report) {}
