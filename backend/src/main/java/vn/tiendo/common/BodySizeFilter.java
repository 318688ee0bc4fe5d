package vn.tiendo.common;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Request bodies are capped at 1 MB; the organisation and member imports alone take up to 64 MB (the server-wide
 * limit, quarkus.http.limits.max-body-size). Chunked JSON bodies are capped by Jackson's document length.
 */
public class BodySizeFilter {
    public static final long MAX_BODY = 1024 * 1024;
    /** A plan document may carry images. */
    public static final long MAX_DOCUMENT = 16 * 1024 * 1024;
    /** Evidence files are up to 10 MB; the multipart envelope adds a little. */
    public static final long MAX_ATTACHMENT = 10 * 1024 * 1024 + 64 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext ctx) {
        String length = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || ctx.getUriInfo().getPath().endsWith("/organizations/import") || ctx.getUriInfo().getPath().endsWith("/members/import")) {
            return null;
        }
        String path = ctx.getUriInfo().getPath();
        long max = path.endsWith("/plans/parse") ? MAX_DOCUMENT : path.endsWith("/attachments") || path.contains("/write-ups/") ? MAX_ATTACHMENT : MAX_BODY;
        try {
            if (Long.parseLong(length.trim()) > max) {
                return ProblemMapper.problem(413, "Nội dung quá lớn", "Nội dung yêu cầu vượt quá " + (max >> 20) + " MB", List.of(),
                        ctx.getUriInfo());
            }
        } catch (NumberFormatException e) {
            return ProblemMapper.problem(400, "Dữ liệu không hợp lệ", "Content-Length không hợp lệ", List.of(),
                    ctx.getUriInfo());
        }
        return null;
    }
}
