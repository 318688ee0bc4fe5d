package vn.tiendo.organization;

import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.ETags;
import vn.tiendo.common.Fails;
import vn.tiendo.common.Idempotent;
import vn.tiendo.common.ImportFile;
import vn.tiendo.common.PageResult;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "organizations")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class OrganizationResource {
    @Inject
    OrganizationService service;

    @Inject
    OrganizationImportService importer;

    @Schema(name = "OrganizationPage")
    public record OrganizationPage(java.util.List<OrganizationDto> items, int page, int size, long total) {
        static OrganizationPage of(PageResult<OrganizationDto> p) {
            return new OrganizationPage(p.items(), p.page(), p.size(), p.total());
        }
    }

    @GET
    @Path("/organizations")
    @Operation(
            operationId = "listOrganizations",
            summary =
                    "Tìm tổ chức trong phạm vi của bạn (q không phân biệt hoa thường, dấu; roots=true: các tổ chức cao nhất bạn thấy)")
    public OrganizationPage listOrganizations(
            @QueryParam("parentId") Long parentId,
            @QueryParam("levelCode") String levelCode,
            @QueryParam("q") String q,
            @QueryParam("includeInactive") boolean includeInactive,
            @QueryParam("roots") boolean roots,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return OrganizationPage.of(service.list(parentId, roots, levelCode, q, includeInactive, Paging.of(page, size)));
    }

    @GET
    @Path("/organizations/{id}")
    @Operation(operationId = "getOrganization", summary = "Một tổ chức")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationDto.class)))
    public Response getOrganization(@PathParam("id") long id) {
        Organization o = service.requireReadable(id);
        return Response.ok(service.toDto(o)).tag(ETags.tag(o.version)).build();
    }

    @GET
    @Path("/organizations/{id}/children")
    @Operation(operationId = "listChildren", summary = "Các tổ chức trực thuộc")
    public OrganizationPage listChildren(
            @PathParam("id") long id,
            @QueryParam("includeInactive") boolean includeInactive,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        service.requireReadable(id);
        return OrganizationPage.of(service.list(id, false, null, null, includeInactive, Paging.of(page, size)));
    }

    @POST
    @Path("/organizations")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(operationId = "createOrganization", summary = "Tạo tổ chức trực thuộc một tổ chức trong phạm vi của bạn")
    @APIResponse(
            responseCode = "201",
            description = "Đã tạo",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationDto.class)))
    @Idempotent
    @Fails({409, 422})
    public Response createOrganization(@Valid @NotNull OrganizationInput in) {
        Organization o = service.create(in);
        return Response.status(201)
                .entity(service.toDto(o))
                .tag(ETags.tag(o.version))
                .build();
    }

    @PUT
    @Path("/organizations/{id}")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(operationId = "updateOrganization", summary = "Sửa tổ chức; đổi parentId là chuyển cả cây con")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationDto.class)))
    @Fails(422)
    public Response updateOrganization(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrganizationInput in) {
        Organization o = service.requireReadable(service.update(id, in, ifMatch).id);
        return Response.ok(service.toDto(o)).tag(ETags.tag(o.version)).build();
    }

    @PUT
    @Path("/organizations/by-code/{code}")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.PORTAL_})
    @Operation(
            operationId = "upsertOrganizationByCode",
            summary = "Tạo hoặc cập nhật tổ chức theo mã ổn định (tích hợp)")
    @APIResponse(
            responseCode = "200",
            description = "Đã cập nhật",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(
            responseCode = "201",
            description = "Đã tạo",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationDto.class)))
    @Fails({409, 422})
    public Response upsertOrganizationByCode(
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OrganizationInput in) {
        boolean created = service.upsertByCode(code, in, ifMatch);
        Organization o = service.findByCode(code);
        return Response.status(created ? 201 : 200)
                .entity(service.toDto(o))
                .tag(ETags.tag(o.version))
                .build();
    }

    @DELETE
    @Path("/organizations/{id}")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(
            operationId = "deactivateOrganization",
            summary = "Ngừng hoạt động tổ chức (không xóa; lịch sử được giữ)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = OrganizationDto.class)))
    @Fails(409)
    public Response deactivateOrganization(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Organization o = service.deactivate(id, ifMatch);
        return Response.ok(service.toDto(service.requireReadable(o.id))).build();
    }

    @POST
    @Path("/organizations/import")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.PORTAL_})
    @Operation(
            operationId = "importOrganizations",
            summary =
                    "Nhập cây tổ chức từ CSV (code,name,parentCode,levelCode,memberCount) hoặc mảng JSON; tất cả hoặc không")
    @RequestBody(
            content = {
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "csv",
                                        value =
                                                "code,name,parentCode,levelCode,memberCount\nTU-QN,Tỉnh ủy Quảng Nam,,tinh,0\nTU-TAMKY,Thành ủy Tam Kỳ,TU-QN,huyen,5400\n")),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportItem[].class))
            })
    @APIResponse(
            responseCode = "200",
            description = "Đã nhập",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @Fails(422)
    public Response importOrganizations(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws IOException {
        // read as a stream by the CSV / JSON parser, never held whole as bytes (up to 64 MB)
        return Response.ok(importFrom(contentType, body)).build();
    }

    private ImportResult importFrom(String contentType, InputStream body) throws IOException {
        return importer.importRows(ImportFile.read(contentType, body, ImportRow.COLUMNS, "các tổ chức").stream()
                .map(ImportRow::of)
                .toList());
    }

    /** One element of a JSON import. */
    @Schema(name = "OrganizationImportItem")
    public record ImportItem(
            @Schema(example = "TU-TAMKY") String code,
            @Schema(example = "Thành ủy Tam Kỳ") String name,
            @Schema(example = "TU-QN") String parentCode,
            @Schema(example = "huyen") String levelCode,
            @Schema(example = "5400") Integer memberCount) {}
}
