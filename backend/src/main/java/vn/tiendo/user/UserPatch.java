package vn.tiendo.user;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.common.Role;

/** Only the fields present change. */
@Schema(name = "UserPatch")
public record UserPatch(
        @Size(min = 8, max = 72) @Schema(example = "mat-khau-moi-du-dai") String password,
        @Size(min = 1, max = 255) @Schema(example = "Lê Văn Cường") String fullName,
        @Schema(example = "31") Long orgId,
        @Size(min = 1) List<Role> roles,
        Boolean active,
        @jakarta.validation.constraints.Email @Size(max = 255) @Schema(description = "Rỗng: bỏ hộp thư")
                String email) {}
