package vn.tiendo.user;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "auth")
public class AuthResource {
    @Inject
    UserService users;

    @POST
    @Path("/auth/login")
    @PermitAll
    @SecurityRequirements
    @Operation(operationId = "login", summary = "Đăng nhập, nhận access token (Bearer)")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "200", description = "Đã đăng nhập",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = "application/json",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = LoginResponse.class)))
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(responseCode = "429",
            description = "Quá nhiều lần đăng nhập sai; thử lại sau Retry-After giây")
    public LoginResponse login(@Valid @NotNull LoginRequest in, io.vertx.core.http.HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return users.login(in, address);
    }

    @GET
    @Path("/me")
    @RolesAllowed({ Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_ })
    @Operation(operationId = "me", summary = "Người dùng đang đăng nhập")
    public UserDto me() {
        return users.me();
    }
}
