package vn.tiendo.evidence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import vn.tiendo.common.Fails;
import vn.tiendo.common.Idempotent;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "reports")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class AttachmentResource {
    @Inject
    AttachmentService service;

    @POST
    @Path("/reports/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.PORTAL_})
    @Operation(
            operationId = "uploadAttachment",
            summary =
                    "Nộp tệp minh chứng cho báo cáo đang chờ duyệt (phần 'file'; PDF, JPEG, PNG, DOCX, XLSX; tối đa 10 MB, 5 tệp mỗi báo cáo)")
    @APIResponse(
            responseCode = "201",
            description = "Đã nhận",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AttachmentDto.class)))
    @APIResponse(
            responseCode = "415",
            description = "Không phải PDF, JPEG, PNG, DOCX hay XLSX (theo nội dung tệp)",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    @Fails({409, 415, 422})
    @Idempotent
    public Response uploadAttachment(
            @PathParam("id") long reportId,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        AttachmentService.Upload upload =
                file == null ? null : new AttachmentService.Upload(file.uploadedFile(), file.fileName(), file.size());
        return Response.status(201).entity(service.upload(reportId, upload)).build();
    }

    @GET
    @Path("/reports/{id}/attachments")
    @Operation(
            operationId = "listAttachments",
            summary = "Tệp minh chứng của báo cáo, kể cả tệp nộp kèm các phiên bản trước")
    public List<AttachmentDto> listAttachments(@PathParam("id") long reportId) {
        return service.list(reportId);
    }

    @GET
    @Path("/reports/{id}/attachments/{aid}")
    @Produces({
        "application/pdf",
        "image/jpeg",
        "image/png",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    })
    @Operation(operationId = "downloadAttachment", summary = "Tải một tệp minh chứng")
    @APIResponse(
            responseCode = "200",
            description = "Tệp, với kiểu nội dung của nó",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadAttachment(@PathParam("id") long reportId, @PathParam("aid") long attachmentId) {
        AttachmentService.Download d = service.download(reportId, attachmentId);
        String name = d.attachment().fileName;
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(d.content(), d.attachment().contentType)
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
