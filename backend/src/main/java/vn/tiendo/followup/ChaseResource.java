package vn.tiendo.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import vn.tiendo.common.Fails;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;
import vn.tiendo.organization.OrganizationService;
import vn.tiendo.plan.Plan;
import vn.tiendo.plan.PlanService;

@Path("/api/v1")
@Tag(name = "follow-up")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class ChaseResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ChaseService service;

    @Inject
    LateExport export;

    @Inject
    PlanService plans;

    @Inject
    OrganizationService organizations;

    @GET
    @Path("/plans/{id}/late")
    @Operation(
            operationId = "listLateAssignments",
            summary =
                    "Danh sách đôn đốc: nhiệm vụ quá hạn hoặc sắp đến hạn trong cây con, kèm bí thư, điện thoại, thư điện tử, lần nhắc gần nhất")
    public LatePage listLateAssignments(
            @PathParam("id") long planId,
            @QueryParam("orgId") Long orgId,
            @QueryParam("dueWithinDays") Integer dueWithinDays,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return service.list(planId, orgId, dueWithinDays, Paging.of(page, size));
    }

    @POST
    @Path("/plans/{id}/late/remind")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(
            operationId = "remindLateAssignments",
            summary = "Nhắc nhở ngay: các nhiệm vụ được chọn, hoặc cả danh sách đôn đốc")
    @Fails({409, 422})
    public RemindResult remindLateAssignments(
            @PathParam("id") long planId,
            @QueryParam("orgId") Long orgId,
            @QueryParam("dueWithinDays") Integer dueWithinDays,
            @Valid RemindInput in) {
        return service.remind(planId, orgId, dueWithinDays, in);
    }

    @GET
    @Path("/plans/{id}/late/export")
    @Produces(XLSX)
    @Operation(operationId = "exportLateAssignments", summary = "Xuất danh sách đôn đốc ra XLSX")
    @APIResponse(
            responseCode = "200",
            description = "Tệp XLSX",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportLateAssignments(
            @PathParam("id") long planId,
            @QueryParam("orgId") Long orgId,
            @QueryParam("dueWithinDays") Integer dueWithinDays) {
        LateRepository.Scope scope = service.scope(planId, orgId, dueWithinDays);
        Plan plan = plans.requireReadable(planId);
        String scopeName = orgId != null ? organizations.requireReadable(orgId).name : "toàn bộ phạm vi của bạn";
        String file = "don-doc-" + plan.number.replaceAll("[^A-Za-z0-9-]", "-") + ".xlsx";
        StreamingOutput body = out -> export.xlsx(plan, scopeName, scope, out);
        return Response.ok(body, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }
}
