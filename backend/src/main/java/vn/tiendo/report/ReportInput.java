package vn.tiendo.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportInput")
public record ReportInput(
        @NotNull @Schema(example = "2020-12-05", description = "Ngày tổ chức hội nghị") LocalDate heldOn,
        @PositiveOrZero
                @Schema(
                        example = "42",
                        description =
                                "Bắt buộc khi tổ chức chưa có danh sách đảng viên; có danh sách thì lấy từ điểm danh")
                Integer attendees,
        @PositiveOrZero @Schema(example = "45", description = "Mặc định: số đảng viên của tổ chức") Integer expected,
        @PositiveOrZero @Schema(example = "2") Integer absentWithReason,
        @PositiveOrZero @Schema(example = "40", description = "Số bài thu hoạch") Integer writeUps,
        @Schema(example = "true") Boolean actionProgrammeAdopted,
        @Size(max = 500) @Schema(example = "Chương trình hành động số 05-CTr/ĐU") String actionProgrammeRef,
        @Size(max = 20) @Schema(example = "[\"Bảng tin\", \"Loa truyền thanh\"]")
                List<@NotBlank @Size(max = 64) String> propagandaForms,
        @Size(max = 10000) String notes) {}
