package vn.tiendo.common;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place exceptions become HTTP answers: RFC 9457 {@code application/problem+json}, never a stack
 * trace, SQL or Java class name.
 */
public class ProblemMapper {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response r = problem(e.status(), e.title(), e.getMessage(), e.errors(), uri);
        if (e instanceof RetryAfterException t) {
            return Response.fromResponse(r)
                    .header("Retry-After", t.retryAfterSeconds())
                    .build();
        }
        return r;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return problem(400, "Dữ liệu không hợp lệ", detail, errors, uri);
    }

    @ServerExceptionMapper({UnrecognizedPropertyException.class})
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return problem(
                400,
                "Dữ liệu không hợp lệ",
                "Trường không được phép: '" + field + "'",
                List.of(new FieldError(field, "trường không được phép")),
                uri);
    }

    @ServerExceptionMapper({
        InvalidFormatException.class,
        MismatchedInputException.class,
        InvalidTypeIdException.class,
        ValueInstantiationException.class,
        JsonMappingException.class
    })
    public Response badValue(JsonMappingException e, UriInfo uri) {
        if (BodySizeFilter.TooLarge.in(e).isPresent()) {
            return BodySizeFilter.tooLarge(BodySizeFilter.TooLarge.in(e).getAsLong(), uri);
        }
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return problem(400, "Dữ liệu không hợp lệ", "Nội dung JSON không đúng cấu trúc yêu cầu", List.of(), uri);
        }
        return problem(
                400,
                "Dữ liệu không hợp lệ",
                "Giá trị không hợp lệ ở trường '" + field + "'",
                List.of(new FieldError(field, "giá trị không hợp lệ")),
                uri);
    }

    @ServerExceptionMapper({StreamConstraintsException.class})
    public Response tooLarge(StreamConstraintsException e, UriInfo uri) {
        return problem(413, "Nội dung quá lớn", "Nội dung yêu cầu vượt quá giới hạn cho phép", List.of(), uri);
    }

    @ServerExceptionMapper({JsonParseException.class, JsonProcessingException.class})
    public Response malformed(JsonProcessingException e, UriInfo uri) {
        if (BodySizeFilter.TooLarge.in(e).isPresent()) {
            return BodySizeFilter.tooLarge(BodySizeFilter.TooLarge.in(e).getAsLong(), uri);
        }
        return problem(400, "Dữ liệu không hợp lệ", "Nội dung không phải JSON hợp lệ", List.of(), uri);
    }

    /** Two updates raced: with If-Match the loser's precondition failed (412); without it, a plain conflict. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (headers.getHeaderString(HttpHeaders.IF_MATCH) != null) {
            return api(ApiException.preconditionFailed(), uri);
        }
        return problem(
                409, "Xung đột cập nhật", "Bản ghi vừa được cập nhật đồng thời; tải lại rồi thử lại", List.of(), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(problem(
                        401,
                        "Chưa đăng nhập",
                        "Cần đăng nhập (Authorization: Bearer) hoặc khóa API hợp lệ",
                        List.of(),
                        uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        if (Boolean.TRUE.equals(identity.getAttribute(Caller.ATTR_MUST_CHANGE_PASSWORD))) {
            return problem(
                    403,
                    "Cần đổi mật khẩu",
                    "Tài khoản đang dùng mật khẩu mặc định: đặt mật khẩu mới trước "
                            + "(POST /api/v1/me/password {currentPassword, newPassword}), rồi mới dùng được các chức năng khác",
                    List.of(),
                    uri);
        }
        return problem(403, "Không có quyền", "Vai trò của bạn không được phép thực hiện thao tác này", List.of(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof ApiException api) { // a query parameter that did not parse (QueryParamConverters)
                return api(api, uri);
            }
        }
        return problem(404, "Không tìm thấy", "Không tìm thấy tài nguyên " + uri.getPath(), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        var tooLarge = BodySizeFilter.TooLarge.in(e); // a chunked body past its cap, wrapped by a reader
        if (tooLarge.isPresent()) {
            return BodySizeFilter.tooLarge(tooLarge.getAsLong(), uri);
        }
        int status = e.getResponse().getStatus();
        String title =
                switch (status) {
                    case 400 -> "Dữ liệu không hợp lệ";
                    case 405 -> "Phương thức không được hỗ trợ";
                    case 406 -> "Định dạng phản hồi không được hỗ trợ";
                    case 413 -> "Nội dung quá lớn";
                    case 415 -> "Kiểu nội dung không được hỗ trợ";
                    default -> "Lỗi yêu cầu";
                };
        if (status >= 500) {
            LOG.error("request failed", e);
            return problem(500, "Lỗi máy chủ", "Đã xảy ra lỗi không mong muốn; vui lòng thử lại", List.of(), uri);
        }
        return problem(status, title, title, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        var tooLarge = BodySizeFilter.TooLarge.in(e);
        if (tooLarge.isPresent()) {
            return BodySizeFilter.tooLarge(tooLarge.getAsLong(), uri);
        }
        if (SqlFailures.databaseUnavailable(e)) {
            LOG.warnf(
                    "database unreachable on %s: %s",
                    uri.getPath(), e.getClass().getSimpleName());
            return databaseUnavailable(uri);
        }
        var unique = SqlFailures.uniqueViolation(e);
        if (unique.isPresent()) { // a race past the service's own check: same answer as the check gives
            String field = unique.get().contains("username")
                    ? "username"
                    : unique.get().contains("code") ? "code" : null;
            return problem(
                    409,
                    "Trùng dữ liệu",
                    field == null ? "Bản ghi đã tồn tại" : "Giá trị của '" + field + "' đã tồn tại",
                    field == null ? List.of() : List.of(new FieldError(field, "đã tồn tại")),
                    uri);
        }
        LOG.error("unexpected error on " + uri.getPath(), e);
        return problem(500, "Lỗi máy chủ", "Đã xảy ra lỗi không mong muốn; vui lòng thử lại", List.of(), uri);
    }

    /** 503 with Retry-After while the database is out of reach; the pool reconnects by itself when it returns. */
    public static Response databaseUnavailable(UriInfo uri) {
        return Response.fromResponse(problem(
                        503,
                        "Tạm thời không phục vụ được",
                        "Cơ sở dữ liệu tạm thời không truy cập được; vui lòng thử lại sau",
                        List.of(),
                        uri))
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .build();
    }

    static final int RETRY_AFTER_SECONDS = 5;

    public static Response problem(int status, String title, String detail, List<FieldError> errors, UriInfo uri) {
        Problem body = new Problem(
                "about:blank",
                title,
                status,
                detail,
                uri == null ? null : uri.getPath(),
                errors == null ? List.of() : errors,
                RequestId.current());
        return Response.status(status).type(PROBLEM_JSON).entity(body).build();
    }

    /** "create.body.tiers[0].deadline" → "tiers[0].deadline"; a query parameter keeps its own name. */
    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> parts = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parts.add("#" + node.getName());
                continue;
            }
            String name = node.getName();
            String indexed = node.getIndex() != null ? "[" + node.getIndex() + "]" : "";
            if (node.isInIterable() && !parts.isEmpty()) {
                parts.set(parts.size() - 1, parts.get(parts.size() - 1) + indexed);
            }
            if (name != null) {
                parts.add(name);
            }
        }
        // drop the body parameter's own name; keep a query/path parameter's name when it is the whole path
        if (parts.size() > 1 && parts.get(0).startsWith("#")) {
            parts.remove(0);
        }
        String field = String.join(".", parts).replace("#", "");
        return field.isEmpty() ? "body" : field;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
