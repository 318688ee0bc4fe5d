package vn.tiendo.user;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginResponse")
public record LoginResponse(
        @Schema(example = "eyJhbGciOiJSUzI1NiJ9...") String accessToken,
        @Schema(example = "3600", description = "Thời hạn của token, giây") long expiresIn,
        UserDto user) {}
