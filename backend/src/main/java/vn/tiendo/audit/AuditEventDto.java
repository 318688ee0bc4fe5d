package vn.tiendo.audit;

import java.time.Instant;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Một dòng nhật ký thay đổi: ai, thuộc tổ chức nào, làm gì, trước và sau, khi nào, trong yêu cầu nào. */
@Schema(name = "AuditEvent")
public record AuditEventDto(
        @Schema(example = "901") long id,
        @Schema(example = "2020-12-05T09:30:00Z") Instant at,
        @Schema(example = "6f1c2f0e-2b7a-4f1e-9a57-1f0e0c7e5a11") @Nullable String requestId,
        @Schema(example = "12") @Nullable Long actorUserId,
        @Schema(example = "btg.tamky", description = "\"system\" cho tác vụ tự động") String actorUsername,
        @Schema(example = "3") @Nullable Long actorOrgId,
        @Schema(example = "ASSIGNMENT") AuditEntity entityType,
        @Schema(example = "101") String entityId,
        @Schema(example = "EXTEND") String action,
        @Schema(example = "31", description = "Tổ chức mà đối tượng thuộc về") @Nullable Long orgId,
        @Schema(type = SchemaType.OBJECT, description = "Trạng thái trước thay đổi (null khi tạo mới)") @Nullable
                JsonNode before,
        @Schema(type = SchemaType.OBJECT, description = "Trạng thái sau thay đổi") @Nullable JsonNode after) {}
