package vn.tiendo.session;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.common.Format;

@Schema(name = "SessionInput")
public record SessionInput(
        @NotNull @Schema(example = "2020-12-05T07:30:00+07:00") OffsetDateTime startsAt,
        @Schema(example = "2020-12-05T11:30:00+07:00") OffsetDateTime endsAt,
        @Size(max = 500) @Schema(example = "Hội trường UBND phường An Mỹ") String venue,
        @Schema(example = "IN_PERSON", description = "Mặc định IN_PERSON, hoặc ONLINE khi là điểm cầu") Format format,
        @Size(max = 500) @Schema(example = "Đồng chí Bí thư Đảng ủy") String presenter,
        @PositiveOrZero @Schema(example = "45", description = "Mặc định số đảng viên của tổ chức")
                Integer expectedAttendees,
        @Schema(example = "12", description = "Hội nghị của cấp trên mà đây là điểm cầu trực tuyến") Long hostSessionId,
        @Schema(
                        example = "false",
                        description = "Hội nghị học bù cho đảng viên vắng; được tổ chức cả sau khi đã báo cáo")
                Boolean makeUp) {}
