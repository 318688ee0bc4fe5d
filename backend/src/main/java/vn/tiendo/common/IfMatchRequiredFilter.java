package vn.tiendo.common;

import java.util.List;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Integrations (X-API-Key) must say which version they update: PUT/PATCH without If-Match → 428. */
public class IfMatchRequiredFilter {
    @ServerRequestFilter
    public Response requireIfMatch(ContainerRequestContext ctx) {
        String method = ctx.getMethod();
        boolean update = HttpMethod.PUT.equals(method) || HttpMethod.PATCH.equals(method);
        if (update && ctx.getHeaderString("X-API-Key") != null && ctx.getHeaderString(HttpHeaders.IF_MATCH) == null) {
            return ProblemMapper.problem(
                    428,
                    "Thiếu If-Match",
                    "Cập nhật qua khóa API phải gửi If-Match với ETag của bản ghi (lấy từ GET)",
                    List.of(),
                    ctx.getUriInfo());
        }
        return null;
    }
}
