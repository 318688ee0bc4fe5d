package vn.tiendo.assignment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExemptInput")
public record ExemptInput(@NotBlank @Size(max = 1000) @Schema(example = "Chi bộ đã sáp nhập") String reason) {}
