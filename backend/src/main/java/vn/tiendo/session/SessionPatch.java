package vn.tiendo.session;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.tiendo.common.Format;

/** Only the fields present change; status HELD records that the session took place. */
@Schema(name = "SessionPatch")
public record SessionPatch(
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Size(max = 500) String venue,
        Format format,
        @Size(max = 500) String presenter,
        @PositiveOrZero Integer expectedAttendees,
        @Schema(example = "HELD") SessionStatus status) {}
