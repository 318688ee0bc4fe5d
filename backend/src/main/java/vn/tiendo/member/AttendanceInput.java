package vn.tiendo.member;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole attendance list of a session; it replaces the one recorded before. */
@Schema(name = "AttendanceInput")
public record AttendanceInput(@NotNull @Size(max = 5000) List<@Valid @NotNull Entry> entries) {

    @Schema(name = "AttendanceEntryInput")
    public record Entry(
            @NotNull @Schema(example = "901") Long memberId,
            @NotNull AttendanceStatus status,
            @Size(max = 500) @Schema(example = "Đi công tác", description = "Lý do vắng; bắt buộc khi ABSENT_EXCUSED")
                    String reason) {}
}
