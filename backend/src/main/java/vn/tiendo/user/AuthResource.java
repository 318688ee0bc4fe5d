package vn.tiendo.user;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.tiendo.common.Caller;
import vn.tiendo.common.ProblemMapper;
import vn.tiendo.common.Role;

@Path("/api/v1")
@Tag(name = "auth")
public class AuthResource {
    @Inject
    UserService users;

    @Inject
    RefreshCookie cookie;

    @POST
    @Path("/auth/login")
    @PermitAll
    @SecurityRequirements
    @Operation(
            operationId = "login",
            summary = "Đăng nhập, nhận access token (Bearer); trình duyệt nhận thêm cookie làm mới phiên (HttpOnly)")
    @APIResponse(
            responseCode = "200",
            description = "Đã đăng nhập",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Sai tên đăng nhập hoặc mật khẩu (cùng một câu trả lời cho mọi trường hợp)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    @APIResponse(
            responseCode = "429",
            description = "Quá nhiều lần đăng nhập sai; thử lại sau Retry-After giây",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response login(@Valid @NotNull LoginRequest in, io.vertx.core.http.HttpServerRequest request) {
        String address = request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
        UserService.Session s = users.login(in, address);
        return Response.ok(s.body()).cookie(cookie.of(s.refresh())).build();
    }

    @POST
    @Path("/auth/refresh")
    @PermitAll
    @SecurityRequirements
    @Operation(
            operationId = "refresh",
            summary = "Làm mới phiên: đổi cookie làm mới (dùng một lần) lấy access token mới và cookie mới")
    @APIResponse(
            responseCode = "200",
            description = "Phiên đã được làm mới",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LoginResponse.class)))
    @APIResponse(
            responseCode = "401",
            description = "Không có cookie làm mới, hoặc nó đã hết hạn, đã dùng hay đã bị thu hồi: đăng nhập lại",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem")))
    public Response refresh(
            @Parameter(
                            in = ParameterIn.COOKIE,
                            name = RefreshCookie.NAME,
                            description = "Cookie làm mới phiên (HttpOnly)")
                    @CookieParam(RefreshCookie.NAME)
                    String token,
            UriInfo uri) {
        var session = plausible(token) ? users.refresh(token) : java.util.Optional.<UserService.Session>empty();
        if (session.isEmpty()) {
            return Response.fromResponse(ProblemMapper.problem(
                            401,
                            "Phiên đăng nhập đã kết thúc",
                            "Phiên đăng nhập đã hết hạn hoặc đã bị thu hồi; vui lòng đăng nhập lại",
                            List.of(),
                            uri))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .cookie(cookie.cleared())
                    .build();
        }
        return Response.ok(session.get().body())
                .cookie(cookie.of(session.get().refresh()))
                .build();
    }

    @POST
    @Path("/auth/logout")
    @PermitAll
    @SecurityRequirements
    @Operation(
            operationId = "logout",
            summary = "Đăng xuất: thu hồi cookie làm mới phiên và xóa nó khỏi trình duyệt (gọi lại nhiều lần vẫn vậy)")
    @APIResponse(responseCode = "204", description = "Đã đăng xuất")
    public Response logout(
            @Parameter(
                            in = ParameterIn.COOKIE,
                            name = RefreshCookie.NAME,
                            description = "Cookie làm mới phiên (HttpOnly)")
                    @CookieParam(RefreshCookie.NAME)
                    String token) {
        if (plausible(token)) {
            users.logout(token);
        }
        return Response.noContent().cookie(cookie.cleared()).build();
    }

    @POST
    @Path("/me/password")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_, Caller.PASSWORD_CHANGE})
    @Operation(
            operationId = "changeMyPassword",
            summary = "Đổi mật khẩu của chính mình (bắt buộc ở lần đăng nhập đầu với mật khẩu mặc định); "
                    + "trả phiên mới, các phiên khác kết thúc")
    @APIResponse(
            responseCode = "200",
            description = "Đã đổi; phiên mới",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LoginResponse.class)))
    public Response changeMyPassword(@Valid @NotNull PasswordChange in) {
        UserService.Session s = users.changeOwnPassword(in);
        return Response.ok(s.body()).cookie(cookie.of(s.refresh())).build();
    }

    @PATCH
    @Path("/me")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_})
    @Operation(
            operationId = "updateMe",
            summary = "Hộp thư của mình và cách nhận thông báo qua thư (ngay, tổng hợp hằng ngày, không gửi)")
    public UserDto updateMe(@Valid @NotNull MyPreferences in) {
        return users.setPreferences(in);
    }

    @GET
    @Path("/me")
    @RolesAllowed({Role.ADMIN_, Role.DEPARTMENT_, Role.REPORTER_, Role.VIEWER_, Caller.PASSWORD_CHANGE})
    @Operation(operationId = "me", summary = "Người dùng đang đăng nhập")
    public UserDto me() {
        return users.me();
    }

    /** A cookie worth looking up: present and of a sane length (a real one has 43 characters). */
    private static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= 200;
    }
}
