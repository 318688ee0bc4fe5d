package vn.tiendo.restructuring;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Idempotent;
import vn.tiendo.common.Role;

/** Sắp xếp tổ chức theo quyết định: merge, split, rename, move, and many at once from CSV. */
@Path("/api/v1")
@Tag(name = "restructuring")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
public class RestructuringResource {
    private static final String DRY_RUN = "true: chỉ tính trước tác động (cùng các con số), không thay đổi gì";
    private static final String RESULT = "application/json";

    @Inject
    RestructuringService service;

    @Inject
    RestructuringCsv csv;

    @POST
    @Path("/organizations/merge")
    @Operation(
            operationId = "mergeOrganizations",
            summary = "Sáp nhập các tổ chức theo quyết định (tổ chức nguồn ngừng hoạt động, trỏ tới tổ chức kế thừa)")
    @APIResponse(
            responseCode = "200",
            description = "Đã thực hiện (hoặc kết quả chạy thử)",
            content = @Content(mediaType = RESULT, schema = @Schema(implementation = RestructuringResult.class)))
    @Idempotent
    public Response mergeOrganizations(
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") boolean dryRun, @Valid @NotNull MergeInput in) {
        return Response.ok(service.merge(in, dryRun)).build();
    }

    @POST
    @Path("/organizations/split")
    @Operation(
            operationId = "splitOrganization",
            summary = "Chia tách một tổ chức theo quyết định, với một tổ chức kế thừa chính")
    @APIResponse(
            responseCode = "200",
            description = "Đã thực hiện (hoặc kết quả chạy thử)",
            content = @Content(mediaType = RESULT, schema = @Schema(implementation = RestructuringResult.class)))
    @Idempotent
    public Response splitOrganization(
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") boolean dryRun, @Valid @NotNull SplitInput in) {
        return Response.ok(service.split(in, dryRun)).build();
    }

    @POST
    @Path("/organizations/rename")
    @Operation(operationId = "renameOrganization", summary = "Đổi tên tổ chức theo quyết định")
    @APIResponse(
            responseCode = "200",
            description = "Đã thực hiện (hoặc kết quả chạy thử)",
            content = @Content(mediaType = RESULT, schema = @Schema(implementation = RestructuringResult.class)))
    @Idempotent
    public Response renameOrganization(
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") boolean dryRun, @Valid @NotNull RenameInput in) {
        return Response.ok(service.rename(in, dryRun)).build();
    }

    @POST
    @Path("/organizations/move")
    @Operation(
            operationId = "moveOrganization",
            summary = "Chuyển tổ chức (cùng các tổ chức trực thuộc) sang cấp trên khác theo quyết định")
    @APIResponse(
            responseCode = "200",
            description = "Đã thực hiện (hoặc kết quả chạy thử)",
            content = @Content(mediaType = RESULT, schema = @Schema(implementation = RestructuringResult.class)))
    @Idempotent
    public Response moveOrganization(
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") boolean dryRun, @Valid @NotNull MoveInput in) {
        return Response.ok(service.move(in, dryRun)).build();
    }

    @POST
    @Path("/organizations/restructure")
    @Consumes("text/csv")
    @Operation(
            operationId = "restructureOrganizations",
            summary =
                    "Nhiều quyết định sắp xếp cùng lúc từ CSV (kind,sourceCodes,targetCode,targetName,parentCode,levelCode,effectiveOn,decision,primary,childCodes); tất cả hoặc không")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "text/csv",
                            schema = @Schema(type = SchemaType.STRING),
                            examples =
                                    @ExampleObject(
                                            name = "csv",
                                            value =
                                                    """
            kind,sourceCodes,targetCode,targetName,parentCode,levelCode,effectiveOn,decision,primary,childCodes
            MERGE,DU-A;DU-B,DU-AB,Đảng ủy phường AB,TU-X,co-so,2026-03-01,Quyết định số 1-QĐ/TU,,
            """)))
    @APIResponse(
            responseCode = "200",
            description = "Đã thực hiện (hoặc kết quả chạy thử)",
            content =
                    @Content(
                            mediaType = RESULT,
                            schema = @Schema(implementation = RestructuringService.BatchResult.class)))
    @Idempotent
    public Response restructureOrganizations(
            @Parameter(description = DRY_RUN) @QueryParam("dryRun") boolean dryRun, byte[] body) throws IOException {
        return Response.ok(service.batch(csv.read(new ByteArrayInputStream(body)), dryRun))
                .build();
    }

    @GET
    @Path("/organizations/{id}/lineage")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
    @Operation(
            operationId = "getOrganizationLineage",
            summary = "Lịch sử sắp xếp của tổ chức: tổ chức tiền thân, tổ chức kế thừa, các quyết định")
    public Lineage getOrganizationLineage(@PathParam("id") long id) {
        return service.lineage(id);
    }
}
