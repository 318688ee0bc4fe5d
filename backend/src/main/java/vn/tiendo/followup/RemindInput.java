package vn.tiendo.followup;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RemindInput")
public record RemindInput(
        @Size(max = 10000)
                @Schema(example = "[101, 102]", description = "Nhiệm vụ cần nhắc; bỏ trống: nhắc cả danh sách đôn đốc")
                List<@NotNull Long> assignmentIds) {}
