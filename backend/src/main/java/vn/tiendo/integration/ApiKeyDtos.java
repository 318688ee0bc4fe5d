package vn.tiendo.integration;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.common.Role;

public final class ApiKeyDtos {
    private ApiKeyDtos() {}

    @Schema(name = "ApiKeyInput")
    public record ApiKeyInput(
            @NotBlank @Size(max = 255) @Schema(example = "Cổng thông tin tỉnh") String name,
            @NotNull @Schema(example = "1") Long orgId,
            @NotEmpty @Schema(example = "[\"REPORTER\"]") List<@NotNull Role> roles) {}

    @Schema(name = "ApiKey")
    public record ApiKeyDto(
            @Schema(example = "3") long id,
            String name,
            @Schema(example = "td_3kF9aQ2x") String prefix,
            long orgId,
            List<String> roles,
            Instant createdAt,
            @Nullable Instant lastUsedAt,
            @Nullable Instant revokedAt) {}

    @Schema(name = "CreatedApiKey", description = "Khóa chỉ hiện một lần; hãy lưu lại ngay")
    public record CreatedApiKey(
            ApiKeyDto apiKey,
            @Schema(
                            example = "td_3kF9aQ2xVb7...",
                            nullable = true,
                            description = "null khi trả lời lặp lại theo Idempotency-Key: khóa không được lưu ở đâu cả")
                    @Nullable
                    String key)
            implements vn.tiendo.common.ReplayRedacted {
        @Override
        public Object forReplay() {
            return new CreatedApiKey(apiKey, null);
        }
    }
}
