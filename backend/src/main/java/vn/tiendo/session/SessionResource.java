package vn.tiendo.session;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.ETags;
import vn.tiendo.common.Fails;
import vn.tiendo.common.Idempotent;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "sessions")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class SessionResource {
    @Inject
    SessionService service;

    @Schema(name = "SessionPage")
    public record SessionPage(List<SessionDto> items, int page, int size, long total) {}

    @POST
    @Path("/assignments/{id}/sessions")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.PORTAL_})
    @Operation(
            operationId = "scheduleSession",
            summary = "Lên lịch hội nghị cho nhiệm vụ (có thể là điểm cầu của hội nghị cấp trên)")
    @APIResponse(
            responseCode = "201",
            description = "Đã tạo",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionDto.class)))
    @Idempotent
    @Fails({409, 422})
    public Response scheduleSession(@PathParam("id") long assignmentId, @Valid @NotNull SessionInput in) {
        StudySession s = service.schedule(assignmentId, in);
        return Response.status(201)
                .entity(service.toDto(s))
                .tag(ETags.tag(s.version))
                .build();
    }

    @PATCH
    @Path("/sessions/{id}")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.PORTAL_})
    @Operation(operationId = "updateSession", summary = "Sửa, ghi nhận đã tổ chức (HELD) hoặc hủy (CANCELLED) hội nghị")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionDto.class)))
    @Fails({409, 422})
    public Response updateSession(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SessionPatch in) {
        service.patch(id, in, ifMatch);
        StudySession s = service.requireReadable(id);
        return Response.ok(service.toDto(s)).tag(ETags.tag(s.version)).build();
    }

    @GET
    @Path("/sessions")
    @Operation(operationId = "listSessions", summary = "Hội nghị trong phạm vi, lọc theo tổ chức và khoảng ngày")
    @Fails(404)
    public SessionPage listSessions(
            @QueryParam("orgId") Long orgId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var p = service.list(orgId, from, to, Paging.of(page, size));
        return new SessionPage(p.items(), p.page(), p.size(), p.total());
    }
}
