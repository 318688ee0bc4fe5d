package vn.tiendo.user;

import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user as the API shows it: never the password or its hash. */
@Schema(name = "User")
public record UserDto(
        @Schema(example = "7") long id,
        @Schema(example = "tuyengiao") String username,
        @Schema(example = "Trần Thị Bình") String fullName,
        @Schema(example = "1", description = "Null chỉ với quản trị hệ thống") @Nullable Long orgId,
        @Schema(example = "TU-QNAM") @Nullable String orgCode,
        @Schema(example = "Tỉnh ủy Quảng Nam") @Nullable String orgName,
        @Schema(example = "[\"DEPARTMENT\"]") List<String> roles,
        boolean active,
        @Schema(example = "0") int version,
        @Schema(description = "Phải đặt mật khẩu mới trước khi dùng các chức năng khác") boolean mustChangePassword,
        @Schema(example = "tuyengiao@quangnam.dcs.vn") @Nullable String email,
        @Schema(example = "IMMEDIATE", description = "Cách nhận thông báo qua thư: IMMEDIATE, DAILY, NONE")
                MyPreferences.NoticeMail noticeMail) {}
