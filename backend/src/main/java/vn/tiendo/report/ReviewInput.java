package vn.tiendo.report;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewInput")
public record ReviewInput(
        @NotNull @Schema(example = "RETURN") Decision decision,
        @Size(max = 2000)
                @Schema(example = "Thiếu số liệu bài thu hoạch; đề nghị bổ sung", description = "Bắt buộc khi trả lại")
                String comment) {

    public enum Decision {
        ACCEPT,
        RETURN
    }
}
