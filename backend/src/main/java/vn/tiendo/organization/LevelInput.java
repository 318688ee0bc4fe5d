package vn.tiendo.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new level (POST /levels). */
@Schema(name = "LevelInput", description = "Cấp tổ chức mới")
public record LevelInput(
        @NotBlank
                @Size(max = 32)
                @Pattern(regexp = "[a-z0-9\\-]+", message = "chỉ gồm chữ thường không dấu, số và '-'")
                @Schema(example = "xa")
                String code,
        @NotBlank @Size(max = 255) @Schema(example = "Cấp xã") String name,
        @NotNull @Min(0) @Schema(description = "Thứ bậc; 0 = Trung ương", example = "3") Integer rank,
        @Schema(description = "Ngày cuối cùng cấp này còn được dùng (để trống nếu đang dùng)", example = "2025-06-30")
                LocalDate usedUntil) {}
