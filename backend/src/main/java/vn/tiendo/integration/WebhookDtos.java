package vn.tiendo.integration;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class WebhookDtos {
    private WebhookDtos() {}

    @Schema(name = "WebhookInput")
    public record WebhookInput(
            @NotBlank
                    @Size(max = 2000)
                    @Pattern(regexp = "https?://\\S+", message = "phải là địa chỉ http(s)")
                    @Schema(example = "https://congthongtin.quangnam.gov.vn/hooks/tiendo")
                    String url,
            @NotBlank @Size(min = 16, max = 255) @Schema(example = "mot-bi-mat-dai-it-nhat-16-ky-tu") String secret,
            @NotEmpty @Schema(example = "[\"report.submitted\", \"plan.published\"]") List<@NotBlank String> events,
            @Schema(description = "Nhận sự kiện của cây con tổ chức này; mặc định tổ chức của bạn", example = "1")
                    Long orgId) {}

    @Schema(name = "Webhook")
    public record WebhookDto(
            long id, String url, List<String> events, @Nullable Long orgId, boolean active, Instant createdAt) {}

    @Schema(name = "WebhookDelivery")
    public record DeliveryDto(
            long id,
            long eventId,
            String eventType,
            String state,
            int attempts,
            Instant nextAttemptAt,
            @Nullable Integer lastStatus,
            @Nullable String lastError,
            Instant createdAt,
            @Nullable Instant deliveredAt,
            List<AttemptDto> log) {}

    @Schema(name = "WebhookAttempt")
    public record AttemptDto(
            int attempt,
            Instant at,
            @Nullable Integer status,
            @Schema(
                            example = "CONNECTION_REFUSED",
                            description =
                                    "Loại lỗi: TIMEOUT, CONNECTION_REFUSED, CONNECTION_CLOSED, UNREACHABLE, TLS, DNS, "
                                            + "BLOCKED_ADDRESS, INVALID_URL, HTTP_3XX, HTTP_4XX, HTTP_5XX, SECRET_UNREADABLE, NETWORK, WEBHOOK_DELETED")
                    @Nullable
                    String error,
            int durationMs) {}

    @Schema(name = "DeliveryPage")
    public record DeliveryPage(List<DeliveryDto> items, int page, int size, long total) {}

    @Schema(name = "FeedEvent")
    public record FeedEvent(
            @Schema(example = "812:45", description = "Con trỏ của sự kiện này; dùng làm after= để đọc tiếp")
                    String cursor,
            long id,
            @Schema(example = "report.submitted") String type,
            String entityType,
            long entityId,
            Instant occurredAt,
            @Nullable Object data) {}

    @Schema(name = "FeedPage")
    public record FeedPage(
            List<FeedEvent> items,
            @Schema(example = "812:45", description = "after= cho lần đọc sau") @Nullable String next) {}
}
