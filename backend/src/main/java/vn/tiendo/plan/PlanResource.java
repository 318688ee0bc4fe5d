package vn.tiendo.plan;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
@Tag(name = "plans")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class PlanResource {
    @Inject
    PlanService service;

    @Schema(name = "PlanPage")
    public record PlanPage(List<PlanDto> items, int page, int size, long total) {}

    @Schema(name = "PublishResult")
    public record PublishResult(
            @Schema(example = "412") int assignmentsCreated,
            @Schema(description = "true khi chỉ đếm thử") boolean dryRun) {}

    @GET
    @Path("/plans")
    @Operation(
            operationId = "listPlans",
            summary = "Kế hoạch trong phạm vi của bạn (do cấp mình, cấp dưới hoặc cấp trên ban hành)")
    public PlanPage listPlans(
            @QueryParam("status") PlanStatus status,
            @QueryParam("q") String q,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var p = service.list(status, q, Paging.of(page, size));
        return new PlanPage(p.items(), p.page(), p.size(), p.total());
    }

    @POST
    @Path("/plans")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(operationId = "createPlan", summary = "Tạo kế hoạch nháp (kể cả kế hoạch cụ thể hóa của cấp dưới)")
    @APIResponse(
            responseCode = "201",
            description = "Đã tạo",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanDto.class)))
    @Idempotent
    @Fails({404, 422})
    public Response createPlan(@Valid @NotNull PlanInput in) {
        Plan p = service.create(in);
        return Response.status(201)
                .entity(service.toDto(service.requireReadable(p.id)))
                .tag(ETags.tag(p.version))
                .build();
    }

    /** The deadline a parent plan sets on a child plan's tier (kế hoạch cụ thể hóa), before it is saved. */
    @Schema(name = "ChildTierBound")
    public record ChildTierBound(
            @Schema(
                            example = "2020-12-20",
                            description = "Hạn muộn nhất của đợt; null nếu kế hoạch cấp trên không ràng buộc")
                    @jakarta.annotation.Nullable
                    java.time.LocalDate deadline,
            @Schema(
                            example = "chi-bo",
                            description =
                                    "Cấp mà đợt của kế hoạch cấp trên đặt hạn này; null: hạn của chính cấp ban hành hoặc của tổ chức được chọn")
                    @jakarta.annotation.Nullable
                    String levelCode) {}

    @GET
    @Path("/plans/{id}/child-bound")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(
            operationId = "getChildTierBound",
            summary =
                    "Hạn kế hoạch cấp trên (id) ràng buộc một đợt của kế hoạch cụ thể hóa do issuerOrgId ban hành (cùng quy tắc khi lưu)")
    public ChildTierBound getChildTierBound(
            @PathParam("id") long id,
            @QueryParam("issuerOrgId") Long issuerOrgId,
            @QueryParam("activity") Activity activity,
            @QueryParam("levelCodes") List<String> levelCodes,
            @QueryParam("organizationIds") List<Long> organizationIds) {
        var b = service.childBound(
                id,
                issuerOrgId,
                activity,
                levelCodes == null ? List.of() : levelCodes,
                organizationIds == null ? List.of() : organizationIds);
        return new ChildTierBound(
                b.map(x -> x.deadline()).orElse(null), b.map(x -> x.levelCode()).orElse(null));
    }

    @GET
    @Path("/plans/{id}")
    @Operation(operationId = "getPlan", summary = "Một kế hoạch và các đợt của nó")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanDto.class)))
    public Response getPlan(@PathParam("id") long id) {
        Plan p = service.requireReadable(id);
        return Response.ok(service.toDto(p)).tag(ETags.tag(p.version)).build();
    }

    @PUT
    @Path("/plans/{id}")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(operationId = "updatePlan", summary = "Sửa kế hoạch khi còn là bản nháp")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanDto.class)))
    @Fails({409, 422})
    public Response updatePlan(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PlanInput in) {
        service.update(id, in, ifMatch);
        Plan p = service.requireReadable(id);
        return Response.ok(service.toDto(p)).tag(ETags.tag(p.version)).build();
    }

    @POST
    @Path("/plans/{id}/publish")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(
            operationId = "publishPlan",
            summary = "Ban hành: giao nhiệm vụ cho mọi tổ chức thuộc đối tượng; dryRun=true chỉ đếm")
    @APIResponse(
            responseCode = "200",
            description = "Đã ban hành (hoặc đếm thử)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PublishResult.class)))
    @Idempotent
    @Fails({409, 422})
    public Response publishPlan(
            @PathParam("id") long id,
            @QueryParam("dryRun") boolean dryRun,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Response.ok(new PublishResult(service.publish(id, dryRun, ifMatch), dryRun))
                .build();
    }

    @POST
    @Path("/plans/{id}/close")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(operationId = "closePlan", summary = "Kết thúc kế hoạch: không nhận báo cáo nữa")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanDto.class)))
    @Fails(409)
    public Response closePlan(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.close(id, ifMatch);
        Plan p = service.requireReadable(id);
        return Response.ok(service.toDto(p)).tag(ETags.tag(p.version)).build();
    }
}
