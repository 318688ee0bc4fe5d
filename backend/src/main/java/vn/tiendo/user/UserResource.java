package vn.tiendo.user;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.ETags;
import vn.tiendo.common.Fails;
import vn.tiendo.common.Idempotent;
import vn.tiendo.common.Paging;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "users")
@RolesAllowed(Role.ADMIN_)
public class UserResource {
    @Inject
    UserService service;

    @Schema(name = "UserPage")
    public record UserPage(List<UserDto> items, int page, int size, long total) {}

    @GET
    @Path("/users")
    @Operation(operationId = "listUsers", summary = "Người dùng trong phạm vi của quản trị viên")
    public UserPage listUsers(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        var p = service.list(Paging.of(page, size));
        return new UserPage(p.items(), p.page(), p.size(), p.total());
    }

    @POST
    @Path("/users")
    @Operation(operationId = "createUser", summary = "Tạo người dùng gắn với một tổ chức")
    @APIResponse(
            responseCode = "201",
            description = "Đã tạo",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserDto.class)))
    @Idempotent
    @Fails({409, 422})
    public Response createUser(@Valid @NotNull UserInput in) {
        AppUser u = service.create(in);
        return Response.status(201)
                .entity(service.toDto(u))
                .tag(ETags.tag(u.version))
                .build();
    }

    @PATCH
    @Path("/users/{id}")
    @Operation(operationId = "updateUser", summary = "Sửa người dùng: mật khẩu, họ tên, tổ chức, vai trò, kích hoạt")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserDto.class)))
    @Fails(422)
    public Response updateUser(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull UserPatch in) {
        service.patch(id, in, ifMatch);
        AppUser u = service.require(id);
        return Response.ok(service.toDto(u)).tag(ETags.tag(u.version)).build();
    }
}
