package vn.tiendo.report;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Fails;
import vn.tiendo.common.Idempotent;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "reports")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class ReportResource {
    @Inject
    ReportService service;

    @Schema(name = "ReportPage")
    public record ReportPage(List<ReportDto> items, int page, int size, long total) {}

    @POST
    @Path("/assignments/{id}/reports")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.PORTAL_})
    @Operation(operationId = "submitReport", summary = "Nộp báo cáo kết quả (mỗi lần nộp là một phiên bản mới)")
    @APIResponse(
            responseCode = "201",
            description = "Đã nộp",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReportDto.class)))
    @Idempotent
    @Fails({409, 422})
    public Response submitReport(@PathParam("id") long assignmentId, @Valid @NotNull ReportInput in) {
        return Response.status(201).entity(service.submit(assignmentId, in)).build();
    }

    @GET
    @Path("/assignments/{id}/reports")
    @Operation(operationId = "listAssignmentReports", summary = "Các phiên bản báo cáo của nhiệm vụ, mới nhất trước")
    public List<ReportDto> listAssignmentReports(@PathParam("id") long assignmentId) {
        return service.history(assignmentId);
    }

    @GET
    @Path("/assignments/{id}/predecessor-reports")
    @Operation(
            operationId = "listPredecessorReports",
            summary = "Báo cáo của các tổ chức đã sáp nhập vào tổ chức của nhiệm vụ (chỉ đọc), theo từng tổ chức, "
                    + "mới nhất trước")
    public List<PredecessorReportDto> listPredecessorReports(@PathParam("id") long assignmentId) {
        return service.predecessorHistory(assignmentId);
    }

    @GET
    @Path("/reports")
    @Operation(operationId = "listReports", summary = "Báo cáo trong phạm vi (hàng chờ duyệt: state=SUBMITTED)")
    public ReportPage listReports(
            @QueryParam("state") ReportState state,
            @QueryParam("planId") Long planId,
            @Parameter(
                            description =
                                    "MINE: báo cáo mà cấp của người gọi là cấp duyệt gần nhất; DEEPER: do cấp ủy cấp dưới duyệt; "
                                            + "bỏ trống: tất cả")
                    @QueryParam("decider")
                    ReportRepository.Decider decider,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var p = service.list(state, planId, decider, Paging.of(page, size));
        return new ReportPage(p.items(), p.page(), p.size(), p.total());
    }

    @POST
    @Path("/reports/{id}/review")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(
            operationId = "reviewReport",
            summary = "Duyệt báo cáo: chấp nhận, hoặc trả lại kèm lý do (mở lại nhiệm vụ)")
    @Fails(409)
    public ReportDto reviewReport(@PathParam("id") long id, @Valid @NotNull ReviewInput in) {
        Report r = service.review(id, in);
        return service.toDto(service.requireReadable(r.id));
    }
}
