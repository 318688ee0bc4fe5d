package vn.tiendo.common;

import java.util.List;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response ({@code application/problem+json}). */
@Schema(name = "Problem", description = "RFC 9457 problem details")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Dữ liệu không hợp lệ") String title,
        @Schema(example = "400") int status,
        @Schema(example = "Trường 'deadline' không được để trống") String detail,
        @Schema(example = "/api/v1/plans") @Nullable String instance,
        List<FieldError> errors,
        @Schema(
                        description = "Mã yêu cầu (X-Request-Id): gửi kèm khi báo lỗi để tra nhật ký",
                        example = "4f9c2a1e-8d3b-4c55-9f1a-2b7e6d0c9a11")
                @Nullable
                String requestId) {}
