package vn.tiendo.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a user sets for themselves: their mailbox and how notices reach it. Only the fields present change. */
@Schema(name = "MyPreferences")
public record MyPreferences(
        @Email @Size(max = 255) @Schema(example = "tuyengiao@quangnam.dcs.vn", description = "Rỗng: bỏ hộp thư")
                String email,
        @Schema(
                        description =
                                "IMMEDIATE: gửi thư ngay mỗi thông báo; DAILY: một thư tổng hợp mỗi ngày; NONE: chỉ trên chuông")
                NoticeMail noticeMail) {

    public enum NoticeMail {
        IMMEDIATE,
        DAILY,
        NONE
    }
}
