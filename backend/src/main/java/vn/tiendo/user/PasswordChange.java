package vn.tiendo.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Đổi mật khẩu của chính mình: the current one, and a new one of 8 to 72 characters. */
@Schema(name = "PasswordChange")
public record PasswordChange(
        @NotNull @Size(max = 200) @Schema(example = "admin") String currentPassword,
        @NotNull @Size(min = 8, max = 72) @Schema(example = "mat-khau-moi-du-dai") String newPassword) {}
