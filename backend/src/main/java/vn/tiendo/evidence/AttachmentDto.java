package vn.tiendo.evidence;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attachment")
public record AttachmentDto(
        @Schema(example = "12") long id,
        @Schema(example = "77", description = "Phiên bản báo cáo mà tệp được nộp kèm") long reportId,
        @Schema(example = "1") int reportVersion,
        @Schema(example = "bien-ban-hoi-nghi.pdf") String fileName,
        @Schema(example = "application/pdf") String contentType,
        @Schema(example = "183204") long size,
        @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(example = "Lê Văn Cường") String uploadedByName,
        Instant uploadedAt,
        @Schema(description = "true: nộp kèm một phiên bản trước (báo cáo bị trả lại rồi nộp lại), vẫn được giữ")
                boolean carriedForward) {}
