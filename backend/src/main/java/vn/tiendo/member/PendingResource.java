package vn.tiendo.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "members")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class PendingResource {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    PendingService service;

    @GET
    @Path("/plans/{id}/members-pending")
    @Operation(operationId = "listPendingMembers", summary = "Đảng viên chưa học tập (danh sách học bù), kèm tổ chức")
    public PendingPage listPendingMembers(
            @PathParam("id") long planId,
            @QueryParam("orgId") Long orgId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return service.page(planId, orgId, Paging.of(page, size));
    }

    @GET
    @Path("/plans/{id}/members-pending/export")
    @Produces(XLSX)
    @Operation(
            operationId = "exportPendingMembers",
            summary = "Xuất danh sách đảng viên chưa học tập (XLSX; được ghi nhật ký)")
    @APIResponse(
            responseCode = "200",
            description = "Tệp XLSX",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportPendingMembers(@PathParam("id") long planId, @QueryParam("orgId") Long orgId) {
        PendingService.Subject s = service.exportSubject(planId, orgId);
        StreamingOutput body = out -> service.xlsx(s, out);
        return Response.ok(body, XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"dang-vien-chua-hoc-"
                                + s.plan().number.replaceAll("[^A-Za-z0-9._-]", "_") + ".xlsx\"")
                .build();
    }
}
