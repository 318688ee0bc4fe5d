package vn.tiendo.restructuring;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Đổi tên by decision. */
@Schema(name = "RenameInput")
public record RenameInput(
        @NotBlank @Size(max = 64) @Schema(example = "DU-HAICHAU") String code,
        @NotBlank @Size(max = 255) @Schema(example = "Đảng ủy phường Hải Châu") String name,
        @NotNull @Schema(example = "2026-03-01") LocalDate effectiveOn,
        @NotBlank @Size(max = 500) @Schema(example = "Quyết định số 131-QĐ/TU") String decision) {}
