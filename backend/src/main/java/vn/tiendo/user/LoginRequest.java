package vn.tiendo.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest")
public record LoginRequest(
        @NotBlank @Size(max = 64) @Schema(example = "tuyengiao") String username,
        @NotBlank @Size(max = 200) @Schema(example = "tiendo123") String password) {}
