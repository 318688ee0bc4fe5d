package vn.tiendo.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Fails;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "audit")
@RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_})
public class AuditResource {
    @Inject
    AuditService service;

    @Schema(name = "AuditPage")
    public record AuditPage(List<AuditEventDto> items, int page, int size, long total) {}

    @GET
    @Path("/audit")
    @Operation(
            operationId = "listAuditEvents",
            summary = "Lịch sử thay đổi của một đối tượng, cũ nhất trước (quản trị, ban tuyên giáo của cây con)")
    @Fails(404)
    public AuditPage listAuditEvents(
            @QueryParam("entityType") AuditEntity entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        var p = service.history(entityType, entityId, Paging.of(page, size));
        return new AuditPage(p.items(), p.page(), p.size(), p.total());
    }
}
