package vn.tiendo.session;

import java.time.Instant;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.common.Format;

@Schema(name = "Session")
public record SessionDto(
        @Schema(example = "40") long id,
        @Schema(example = "101") long assignmentId,
        @Schema(example = "5") long planId,
        @Schema(example = "31") long orgId,
        @Schema(example = "Đảng ủy phường An Mỹ") String orgName,
        @Schema(example = "Cấp cơ sở") String tierName,
        Instant startsAt,
        @Nullable Instant endsAt,
        @Nullable String venue,
        Format format,
        @Nullable String presenter,
        @Nullable Integer expectedAttendees,
        SessionStatus status,
        @Nullable Long hostSessionId,
        @Schema(description = "Số điểm cầu nối vào hội nghị này") long bridgePoints,
        @Schema(example = "0") int version,
        @Schema(description = "Hội nghị học bù") boolean makeUp) {}
