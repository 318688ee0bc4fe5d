package vn.tiendo.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.Fails;
import vn.tiendo.common.FieldError;
import vn.tiendo.common.Role;
import vn.tiendo.plan.parse.PlanParseTimeoutException;
import vn.tiendo.plan.parse.PlanTextParser;

/** Reads a pasted plan or an uploaded .docx into a draft plan; saves nothing. */
@Path("/api/v1")
@Tag(name = "plans")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
public class PlanParseResource {
    private final PlanTextParser parser = new PlanTextParser();

    @Inject
    PlanDraftIssuer issuer;

    @Schema(name = "DocxUpload")
    public record DocxUpload(
            @Schema(type = SchemaType.STRING, format = "binary", description = "Tệp .docx") String file) {}

    @POST
    @Path("/plans/parse")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(
            operationId = "parsePlan",
            summary = "Đọc văn bản kế hoạch (dán vào, text/plain) hoặc tệp .docx (multipart, phần 'file') "
                    + "thành bản nháp kèm vị trí nguồn; không lưu")
    @RequestBody(
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN,
                        schema = @Schema(type = SchemaType.STRING),
                        examples =
                                @ExampleObject(
                                        name = "tier",
                                        value =
                                                "Kế hoạch số 171- KH/TU ngày 01/8/2019 ... Cấp huyện và tương đương: 01 ngày, hoàn thành trước ngày 25/9/2019.")),
                @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = DocxUpload.class))
            })
    @Fails(422) // a .docx that is no Word document (parsePlanDocx)
    public PlanDraft parsePlanText(String text) {
        String source = text == null ? "" : text;
        if (source.length() > PlanTextParser.MAX_CHARS) {
            throw new ApiException(413, "Văn bản quá dài", TOO_LONG, List.of(new FieldError("text", TOO_LONG)));
        }
        return read(source, "text");
    }

    static final String TOO_LONG = "văn bản dài quá " + PlanTextParser.MAX_CHARS + " ký tự; hãy chỉ dán phần kế hoạch";

    private PlanDraft read(String text, String field) {
        try {
            return issuer.complete(parser.parse(text), text);
        } catch (PlanParseTimeoutException e) {
            throw ApiException.unprocessable(
                    field, "văn bản quá phức tạp, bộ đọc dừng sau thời hạn cho phép; hãy nhập kế hoạch bằng tay");
        }
    }

    @POST
    @Path("/plans/parse")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true) // documented with parsePlan: one path and method is one operation in OpenAPI
    public PlanDraft parsePlanDocx(
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null) {
            throw ApiException.badRequest("file", "hãy gửi tệp .docx trong phần 'file'");
        }
        String text;
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            text = PlanTextParser.extractDocxText(in);
        } catch (IOException e) {
            throw ApiException.unprocessable("file", "tệp không phải văn bản Word .docx hợp lệ");
        }
        if (text.length() > PlanTextParser.MAX_CHARS) {
            throw ApiException.unprocessable(
                    "file", "văn bản trong tệp dài quá " + PlanTextParser.MAX_CHARS + " ký tự");
        }
        return read(text, "file");
    }
}
