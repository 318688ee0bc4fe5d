package vn.tiendo.organization;

import java.time.LocalDate;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A level as the API shows it. */
@Schema(name = "Level", description = "Cấp tổ chức")
public record LevelDto(
        @Schema(example = "co-so") String code,
        @Schema(example = "Cấp cơ sở (xã, phường, đặc khu và tương đương)") String name,
        @Schema(example = "3") int rank,
        @Schema(description = "false: cấp đã ngừng, không tạo tổ chức mới ở cấp này") boolean active,
        @Schema(description = "Ngày cuối cùng cấp này còn được dùng", example = "2025-06-30") @Nullable
                LocalDate usedUntil) {

    public static LevelDto of(Level l) {
        return new LevelDto(l.code, l.name, l.rank, l.active, l.usedUntil);
    }
}
