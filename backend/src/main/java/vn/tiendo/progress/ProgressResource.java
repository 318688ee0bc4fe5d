package vn.tiendo.progress;

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

import vn.tiendo.common.ApiException;
import vn.tiendo.common.Fails;
import vn.tiendo.common.Role;
import vn.tiendo.organization.Organization;
import vn.tiendo.plan.Plan;
import vn.tiendo.progress.ProgressDtos.Dashboard;
import vn.tiendo.progress.ProgressDtos.Progress;
import vn.tiendo.progress.ProgressDtos.Timeline;

@Path("/api/v1")
@Tag(name = "progress")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class ProgressResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ProgressService service;

    @Inject
    ProgressExport export;

    @GET
    @Path("/plans/{id}/progress")
    @Operation(
            operationId = "getProgress",
            summary = "Tiến độ của kế hoạch trên cây con của orgId: tổng, theo đợt, theo từng tổ chức trực thuộc")
    public Progress getProgress(@PathParam("id") long planId, @QueryParam("orgId") Long orgId) {
        return service.progress(planId, orgId);
    }

    @GET
    @Path("/plans/{id}/progress/timeline")
    @Operation(operationId = "getProgressTimeline", summary = "Lũy kế số nhiệm vụ hoàn thành theo ngày, cùng các hạn")
    public Timeline getProgressTimeline(@PathParam("id") long planId, @QueryParam("orgId") Long orgId) {
        return service.timeline(planId, orgId);
    }

    @GET
    @Path("/plans/{id}/progress/export")
    @Produces({XLSX, "text/csv"})
    @Operation(operationId = "exportProgress", summary = "Xuất tiến độ (một dòng mỗi tổ chức) ra XLSX hoặc CSV")
    @APIResponse(
            responseCode = "200",
            description = "Tệp XLSX hoặc CSV",
            content = {
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
            })
    public Response exportProgress(
            @PathParam("id") long planId, @QueryParam("orgId") Long orgId, @QueryParam("format") String format) {
        String f = format == null ? "xlsx" : format.toLowerCase();
        if (!f.equals("xlsx") && !f.equals("csv")) {
            throw ApiException.badRequest("format", "chỉ nhận xlsx hoặc csv");
        }
        Plan plan = service.plan(planId);
        Organization org = service.subject(orgId, plan);
        boolean ownOnly = service.ownOnly(); // decided here: the stream below runs after the request scope
        String file = "tien-do-" + plan.number.replaceAll("[^A-Za-z0-9-]", "-") + "." + f;
        StreamingOutput body = out -> {
            if (f.equals("xlsx")) {
                export.xlsx(plan, org, ownOnly, out);
            } else {
                export.csv(plan, org, ownOnly, out);
            }
        };
        return Response.ok(body, f.equals("xlsx") ? XLSX : "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    @GET
    @Path("/dashboard")
    @Operation(operationId = "getDashboard", summary = "Các kế hoạch đang theo dõi trên cây con của orgId, kèm số liệu")
    @Fails(404)
    public Dashboard getDashboard(@QueryParam("orgId") Long orgId) {
        return service.dashboard(orgId);
    }
}
