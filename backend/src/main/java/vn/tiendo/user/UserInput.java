package vn.tiendo.user;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.common.Role;

@Schema(name = "UserInput")
public record UserInput(
        @NotBlank
                @Size(min = 3, max = 64)
                @Pattern(regexp = "[A-Za-z0-9._\\-]+", message = "chỉ gồm chữ không dấu, số, '.', '_', '-'")
                @Schema(example = "chibo.kp1")
                String username,
        @NotBlank @Size(min = 8, max = 72) @Schema(example = "mat-khau-du-dai") String password,
        @NotBlank @Size(max = 255) @Schema(example = "Lê Văn Cường") String fullName,
        @NotNull @Schema(example = "31") Long orgId,
        @NotEmpty @Schema(example = "[\"REPORTER\"]") List<@NotNull Role> roles,
        @jakarta.validation.constraints.Email
                @Size(max = 255)
                @Schema(example = "chibo.kp1@anmy.dcs.vn", description = "Hộp thư nhận thông báo (không bắt buộc)")
                String email) {}
