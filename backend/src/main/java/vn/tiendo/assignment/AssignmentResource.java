package vn.tiendo.assignment;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "assignments")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class AssignmentResource {
    @Inject
    AssignmentService service;

    @Schema(name = "AssignmentPage")
    public record AssignmentPage(List<AssignmentDto> items, int page, int size, long total) {
        static AssignmentPage of(PageResult<AssignmentDto> p) {
            return new AssignmentPage(p.items(), p.page(), p.size(), p.total());
        }
    }

    @GET
    @Path("/plans/{id}/assignments")
    @Operation(
            operationId = "listPlanAssignments",
            summary = "Nhiệm vụ của kế hoạch trong phạm vi (lọc theo tổ chức, đợt, trạng thái, quá hạn)")
    public AssignmentPage listPlanAssignments(
            @PathParam("id") long planId,
            @QueryParam("orgId") Long orgId,
            @QueryParam("tierId") Long tierId,
            @QueryParam("status") AssignmentStatus status,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return AssignmentPage.of(service.forPlan(planId, orgId, tierId, status, overdue, Paging.of(page, size)));
    }

    @GET
    @Path("/organizations/{id}/assignments")
    @Operation(
            operationId = "listOrganizationAssignments",
            summary = "Nhiệm vụ của chính tổ chức; open=true: còn phải làm, theo hạn")
    public AssignmentPage listOrganizationAssignments(
            @PathParam("id") long orgId,
            @QueryParam("open") boolean open,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return AssignmentPage.of(service.forOrganization(orgId, open, Paging.of(page, size)));
    }

    @GET
    @Path("/assignments/{id}")
    @Operation(operationId = "getAssignment", summary = "Một nhiệm vụ")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssignmentDto.class)))
    public Response getAssignment(@PathParam("id") long id) {
        AssignmentDto dto = service.get(id);
        return Response.ok(dto).tag(ETags.tag(dto.version())).build();
    }

    @POST
    @Path("/assignments/{id}/exempt")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(operationId = "exemptAssignment", summary = "Miễn nhiệm vụ, có lý do (rời mọi mẫu số)")
    @APIResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssignmentDto.class)))
    @Fails(409)
    public Response exemptAssignment(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ExemptInput in) {
        service.exempt(id, in.reason(), ifMatch);
        return getAssignment(id);
    }

    @POST
    @Path("/assignments/{id}/extend")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(operationId = "extendAssignment", summary = "Gia hạn nhiệm vụ, có lý do")
    @APIResponse(
            responseCode = "200",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AssignmentDto.class)))
    @Fails({409, 422})
    public Response extendAssignment(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ExtendInput in) {
        service.extend(id, in, ifMatch);
        return getAssignment(id);
    }
}
