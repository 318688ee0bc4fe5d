package vn.tiendo.organization;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Fails;
import vn.tiendo.common.Idempotent;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "levels")
public class LevelResource {
    @Inject
    LevelService levels;

    @GET
    @Path("/levels")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
    @Operation(operationId = "listLevels", summary = "Danh sách cấp tổ chức, theo thứ bậc (cả cấp đã ngừng)")
    public List<LevelDto> listLevels() {
        return levels.list();
    }

    @POST
    @Path("/levels")
    @RolesAllowed(Role.ADMIN_)
    @Operation(operationId = "createLevel", summary = "Thêm một cấp tổ chức (quản trị hệ thống)")
    @APIResponse(
            responseCode = "201",
            description = "Đã tạo",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LevelDto.class)))
    @Idempotent
    @Fails(409)
    public Response createLevel(@Valid @NotNull LevelInput in) {
        return Response.status(201).entity(levels.create(in)).build();
    }

    @PUT
    @Path("/levels/{code}")
    @RolesAllowed(Role.ADMIN_)
    @Operation(
            operationId = "updateLevel",
            summary = "Đổi tên, thứ bậc (0 = Trung ương) của một cấp (quản trị hệ thống)")
    public LevelDto updateLevel(@PathParam("code") String code, @Valid @NotNull LevelUpdate in) {
        return levels.update(code, in);
    }

    @DELETE
    @Path("/levels/{code}")
    @RolesAllowed(Role.ADMIN_)
    @Operation(
            operationId = "deactivateLevel",
            summary =
                    "Ngừng một cấp: không tạo tổ chức mới ở cấp này; tổ chức và kế hoạch cũ giữ nguyên (quản trị hệ thống)")
    public LevelDto deactivateLevel(@PathParam("code") String code) {
        return levels.deactivate(code);
    }
}
