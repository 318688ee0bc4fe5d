package vn.tiendo.assignment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtendInput")
public record ExtendInput(
        @NotNull @Schema(example = "2021-01-15") LocalDate deadline,
        @NotBlank @Size(max = 1000) @Schema(example = "Bão lũ, lùi hội nghị") String reason) {}
