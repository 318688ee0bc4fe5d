package vn.tiendo.restructuring;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Chuyển tổ chức (and its subtree) under another parent, by decision. */
@Schema(name = "MoveInput")
public record MoveInput(
        @NotBlank @Size(max = 64) @Schema(example = "CB-HAICHAU-TDP1") String code,
        @NotBlank @Size(max = 64) @Schema(example = "DU-THANHKHE") String parentCode,
        @NotNull @Schema(example = "2026-03-01") LocalDate effectiveOn,
        @NotBlank @Size(max = 500) @Schema(example = "Quyết định số 132-QĐ/ĐU") String decision) {}
