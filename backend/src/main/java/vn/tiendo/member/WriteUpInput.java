package vn.tiendo.member;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole write-up list of an assignment; members left out no longer have one (their file goes with it). */
@Schema(name = "WriteUpInput")
public record WriteUpInput(@NotNull @Size(max = 5000) List<@Valid @NotNull Entry> entries) {

    @Schema(name = "WriteUpEntryInput")
    public record Entry(
            @NotNull @Schema(example = "901") Long memberId,
            @NotNull @Schema(example = "2026-11-28", description = "Ngày nộp bài thu hoạch") LocalDate submittedOn,
            @Schema(description = "Xếp loại; null khi chưa chấm") WriteUpGrade grade) {}
}
