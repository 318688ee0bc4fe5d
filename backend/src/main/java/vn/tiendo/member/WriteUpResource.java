package vn.tiendo.member;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.tiendo.common.Role;
import vn.tiendo.evidence.AttachmentService;

@Path("/api/v1")
@Tag(name = "members")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class WriteUpResource {
    @Inject
    WriteUpService service;

    @GET
    @Path("/assignments/{id}/write-ups")
    @Operation(operationId = "getWriteUps", summary = "Bài thu hoạch của đảng viên cho nhiệm vụ")
    public WriteUpsDto getWriteUps(@PathParam("id") long assignmentId) {
        return service.get(assignmentId);
    }

    @GET
    @Path("/assignments/{id}/roster-figures")
    @Operation(
            operationId = "getRosterFigures",
            summary = "Số liệu báo cáo theo danh sách đảng viên: số dự, số phải dự, vắng có lý do, bài thu hoạch")
    public RosterFigures.Figures getRosterFigures(@PathParam("id") long assignmentId) {
        return service.figures(assignmentId);
    }

    @PUT
    @Path("/assignments/{id}/write-ups")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_})
    @Operation(operationId = "recordWriteUps", summary = "Ghi (thay thế) danh sách bài thu hoạch và xếp loại")
    public WriteUpsDto recordWriteUps(@PathParam("id") long assignmentId, @Valid @NotNull WriteUpInput in) {
        return service.put(assignmentId, in);
    }

    @POST
    @Path("/assignments/{id}/write-ups/{memberId}/file")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_})
    @Operation(
            operationId = "uploadWriteUpFile",
            summary =
                    "Nộp ảnh hoặc tệp bài thu hoạch (phần 'file'; PDF, JPEG, PNG, DOCX, XLSX; tối đa 10 MB; thay tệp trước)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = WriteUpsDto.class)))
    @APIResponse(
            responseCode = "415",
            description = "Không phải PDF, JPEG, PNG, DOCX hay XLSX (theo nội dung tệp)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    public WriteUpsDto uploadWriteUpFile(
            @PathParam("id") long assignmentId,
            @PathParam("memberId") long memberId,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        AttachmentService.Upload upload =
                file == null ? null : new AttachmentService.Upload(file.uploadedFile(), file.fileName(), file.size());
        return service.upload(assignmentId, memberId, upload);
    }

    @GET
    @Path("/assignments/{id}/write-ups/{memberId}/file")
    @Produces({
        "application/pdf",
        "image/jpeg",
        "image/png",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    @Operation(operationId = "downloadWriteUpFile", summary = "Tải ảnh hoặc tệp bài thu hoạch")
    @APIResponse(
            responseCode = "200",
            description = "Tệp, với kiểu nội dung của nó",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadWriteUpFile(@PathParam("id") long assignmentId, @PathParam("memberId") long memberId) {
        WriteUpService.Download d = service.download(assignmentId, memberId);
        String ascii = d.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
