package vn.tiendo.followup;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RemindResult")
public record RemindResult(
        @Schema(example = "2", description = "Số nhiệm vụ đã nhắc") int reminded,
        @Schema(example = "5", description = "Số thông báo trong ứng dụng đã tạo") int notifications,
        @Schema(example = "2", description = "Số thư điện tử đã gửi (tới hộp thư của tổ chức)") int emails,
        @Schema(example = "[101, 102]") List<Long> assignmentIds,
        @Schema(
                        example = "1",
                        description =
                                "Số nhiệm vụ bỏ qua vì đã được nhắc thủ công trong khoảng thời gian chặn (mặc định 1 giờ)")
                int skipped,
        @Schema(example = "[103]") List<Long> skippedAssignmentIds) {}
