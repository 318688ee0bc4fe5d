package vn.tiendo.member;

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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.ETags;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;
import vn.tiendo.organization.ImportResult;

@Path("/api/v1")
@Tag(name = "members")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class MemberResource {
    @Inject
    MemberService service;

    @Inject
    MemberImportService importer;

    @POST
    @Path("/members/import")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(
            operationId = "importMembers",
            summary =
                    "Nhập danh sách đảng viên từ CSV (code,fullName,orgCode,status,exemptReason) hoặc mảng JSON; tất cả hoặc không")
    @RequestBody(
            content = {
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "csv",
                                        value =
                                                "code,fullName,orgCode,status,exemptReason\nDV-001,Nguyễn Văn An,CB-KP1,CHINH_THUC,\nDV-002,Trần Thị Bình,CB-KP1,DU_BI,\n")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = MemberImportItem[].class))
            })
    @APIResponse(
            responseCode = "200",
            description = "Đã nhập",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    public Response importMembers(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body)
            throws IOException {
        // read as a stream by the CSV / JSON parser, never held whole as bytes (a province's roster, up to 64 MB)
        return Response.ok(importer.importRows(MemberImportReader.read(contentType, body)))
                .build();
    }

    @GET
    @Path("/organizations/{id}/members")
    @Operation(
            operationId = "listMembers",
            summary = "Danh sách đảng viên đang sinh hoạt ở tổ chức (q: mã hoặc họ tên, không phân biệt dấu)")
    public RosterPage listMembers(
            @PathParam("id") long orgId,
            @QueryParam("q") String q,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return service.roster(orgId, q, Paging.of(page, size));
    }

    @GET
    @Path("/members/{id}")
    @Operation(operationId = "getMember", summary = "Một đảng viên")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberDto.class)))
    public Response getMember(@PathParam("id") long id) {
        Member m = service.require(id);
        return Response.ok(service.toDto(m)).tag(ETags.tag(m.version)).build();
    }

    @PATCH
    @Path("/members/{id}")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(
            operationId = "updateMember",
            summary = "Sửa, miễn sinh hoạt hoặc chuyển sinh hoạt một đảng viên (cấp trên)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberDto.class)))
    public Response updateMember(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MemberPatch in) {
        Member m = service.patch(id, in, ifMatch);
        return Response.ok(service.toDto(m)).tag(ETags.tag(m.version)).build();
    }

    @DELETE
    @Path("/members/{id}")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
    @Operation(
            operationId = "deactivateMember",
            summary = "Đưa đảng viên ra khỏi danh sách (không xóa; lịch sử được giữ)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberDto.class)))
    public Response deactivateMember(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Member m = service.deactivate(id, ifMatch);
        return Response.ok(service.toDto(m)).tag(ETags.tag(m.version)).build();
    }

    /** One element of a JSON roster import. */
    @Schema(name = "MemberImportItem")
    public record MemberImportItem(
            @Schema(example = "DV-001") String code,
            @Schema(example = "Nguyễn Văn An") String fullName,
            @Schema(example = "CB-KP1") String orgCode,
            @Schema(example = "CHINH_THUC") String status,
            @Schema(example = "Tuổi cao, sức yếu") String exemptReason) {}
}
