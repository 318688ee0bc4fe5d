package vn.tiendo.organization;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Level", description = "Cấp tổ chức")
public record LevelInput(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[a-z0-9\\-]+", message = "chỉ gồm chữ thường không dấu, số và '-'")
        @Schema(example = "xa") String code,
        @NotBlank @Size(max = 255) @Schema(example = "Cấp xã") String name,
        @NotNull @Min(1) @Schema(example = "3") Integer rank) {
}
