package vn.tiendo.organization;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.audit.AuditEntity;
import vn.tiendo.audit.AuditLog;
import vn.tiendo.common.ApiException;
import vn.tiendo.common.Fails;
import vn.tiendo.common.Idempotent;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "levels")
public class LevelResource {
    @Inject
    LevelRepository levels;
    @Inject
    AuditLog audit;

    @GET
    @Path("/levels")
    @RolesAllowed({ Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_ })
    @Operation(operationId = "listLevels", summary = "Danh sách cấp tổ chức, theo thứ bậc")
    public List<LevelInput> listLevels() {
        return levels.ordered().stream().map(l -> new LevelInput(l.code, l.name, l.rank)).toList();
    }

    @POST
    @Path("/levels")
    @Transactional
    @RolesAllowed(Role.ADMIN_)
    @Operation(operationId = "createLevel", summary = "Thêm một cấp tổ chức (quản trị)")
    @APIResponse(responseCode = "201", description = "Đã tạo")
    @Idempotent
    @Fails(409)
    public Response createLevel(@Valid @NotNull LevelInput in) {
        if (levels.findByIdOptional(in.code()).isPresent()) {
            throw ApiException.conflict("Cấp '" + in.code() + "' đã tồn tại");
        }
        Level l = new Level();
        l.code = in.code();
        l.name = in.name().strip();
        l.rank = in.rank();
        levels.persist(l);
        audit.record(AuditEntity.LEVEL, l.code, "CREATE", null, null, l);
        return Response.status(201).entity(in).build();
    }
}
