package vn.tiendo.summary;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.ApiException;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "progress")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
public class SummaryResource {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";

    @Inject
    SummaryService service;

    @GET
    @Path("/plans/{id}/summary")
    @Produces({DOCX, PDF})
    @Operation(
            operationId = "getPlanSummary",
            summary =
                    "Dự thảo báo cáo tổng hợp kết quả (thể thức văn bản hành chính) trên cây con của orgId, dạng DOCX hoặc PDF")
    @APIResponse(
            responseCode = "200",
            description = "Tệp DOCX hoặc PDF",
            content = {
                @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response getPlanSummary(
            @PathParam("id") long planId,
            @QueryParam("orgId") Long orgId,
            @QueryParam("format") String format,
            @Parameter(description = "Số văn bản") @QueryParam("number") String number,
            @Parameter(description = "Ký hiệu, mặc định BC/<cơ quan>") @QueryParam("symbol") String symbol,
            @Parameter(description = "Địa danh, mặc định theo tên tổ chức") @QueryParam("place") String place,
            @Parameter(description = "Ngày ban hành (yyyy-MM-dd), mặc định hôm nay") @QueryParam("date") String date) {
        String f = format == null ? "docx" : format.toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("docx") && !f.equals("pdf")) {
            throw ApiException.badRequest("format", "chỉ nhận docx hoặc pdf");
        }
        SummaryHeading heading = new SummaryHeading(
                text("number", number, 20), text("symbol", symbol, 30), text("place", place, 100), date(date));
        SummaryService.Subject subject = service.subject(planId, orgId);
        SummaryDocument doc = service.document(subject, heading);
        StreamingOutput body = out -> {
            if (f.equals("pdf")) {
                SummaryPdf.write(doc, out);
            } else {
                SummaryDocx.write(doc, out);
            }
        };
        String file = "bao-cao-" + subject.plan().number.replaceAll("[^A-Za-z0-9-]", "-") + "." + f;
        return Response.ok(body, f.equals("pdf") ? PDF : DOCX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    @GET
    @Path("/plans/{id}/summary/heading")
    @Operation(
            operationId = "getPlanSummaryHeading",
            summary = "Số, ký hiệu, địa danh, ngày điền sẵn cho báo cáo tổng hợp (sửa được trước khi tải)")
    public SummaryHeading getPlanSummaryHeading(@PathParam("id") long planId, @QueryParam("orgId") Long orgId) {
        return service.heading(service.subject(planId, orgId));
    }

    private static final java.util.regex.Pattern PRINTABLE = java.util.regex.Pattern.compile("[^\\p{Cntrl}]*");

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max || !PRINTABLE.matcher(value).matches()) {
            throw ApiException.badRequest(field, "tối đa " + max + " ký tự, không có ký tự điều khiển");
        }
        return value.strip();
    }

    private static java.time.LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest("date", "ngày không hợp lệ (yyyy-MM-dd)");
        }
    }
}
