package vn.tiendo.organization;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rename or re-rank a level (PUT /levels/{code}); its code never changes (integrations and imports use it). */
@Schema(name = "LevelUpdate", description = "Đổi tên, thứ bậc của một cấp")
public record LevelUpdate(
        @NotBlank @Size(max = 255) @Schema(example = "Cấp huyện (trước 1/7/2025)") String name,
        @NotNull @Min(0) @Schema(description = "Thứ bậc; 0 = Trung ương", example = "2") Integer rank,
        @Schema(description = "Ngày cuối cùng cấp này còn được dùng", example = "2025-06-30") LocalDate usedUntil,
        @Schema(description = "Đang dùng; false = ngừng (không tạo tổ chức mới ở cấp này)") Boolean active) {}
