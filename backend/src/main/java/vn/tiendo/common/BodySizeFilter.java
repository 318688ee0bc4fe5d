package vn.tiendo.common;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Request bodies are capped at 1 MB; the organisation and member imports alone take up to 64 MB (the server-wide
 * limit, quarkus.http.limits.max-body-size). A body without Content-Length (chunked) is counted as it is read and
 * refused with the same 413 once it passes the same limit.
 */
public class BodySizeFilter {
    public static final long MAX_BODY = 1024 * 1024;
    /** A plan document may carry images. */
    public static final long MAX_DOCUMENT = 16 * 1024 * 1024;
    /** Evidence files are up to 10 MB; the multipart envelope adds a little. */
    public static final long MAX_ATTACHMENT = 10 * 1024 * 1024 + 64 * 1024;

    /** The cap for a path; 0 for the imports, which the server-wide limit bounds and which are read as streams. */
    static long maxFor(String path) {
        if (path.endsWith("/organizations/import") || path.endsWith("/members/import")) {
            return 0;
        }
        return path.endsWith("/plans/parse")
                ? MAX_DOCUMENT
                : path.endsWith("/attachments") || path.contains("/write-ups/") ? MAX_ATTACHMENT : MAX_BODY;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext ctx) {
        String length = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        long max = maxFor(ctx.getUriInfo().getPath());
        if (max == 0 || length == null) {
            return null; // chunked bodies are counted once read (capChunked)
        }
        try {
            if (Long.parseLong(length.trim()) > max) {
                return tooLarge(max, ctx.getUriInfo());
            }
        } catch (NumberFormatException e) {
            return ProblemMapper.problem(
                    400, "Dữ liệu không hợp lệ", "Content-Length không hợp lệ", List.of(), ctx.getUriInfo());
        }
        return null;
    }

    /** A body without Content-Length: the stream the reader will consume, counted (after the body handler set it up). */
    @ServerRequestFilter
    public void capChunked(ContainerRequestContext ctx) {
        long max = maxFor(ctx.getUriInfo().getPath());
        if (ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH) != null || !ctx.hasEntity() || max == 0) {
            return;
        }
        ctx.setEntityStream(new Capped(ctx.getEntityStream(), max));
    }

    /** Counts what is read; past the limit the read fails with 413 (the one mapper turns it into problem+json). */
    static final class Capped extends java.io.FilterInputStream {
        private final long max;
        private long read;

        Capped(java.io.InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws java.io.IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws java.io.IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
            }
        }
    }

    /** An I/O failure (so JSON readers pass it on unwrapped) that the one mapper answers with 413. */
    public static final class TooLarge extends java.io.IOException {
        final long max;

        TooLarge(long max) {
            super("request body over " + max + " bytes", null);
            this.max = max;
        }

        /** The cap, when {@code e} or one of its causes is this failure. */
        static java.util.OptionalLong in(Throwable e) {
            for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
                if (t instanceof TooLarge big) {
                    return java.util.OptionalLong.of(big.max);
                }
            }
            return java.util.OptionalLong.empty();
        }
    }

    static Response tooLarge(long max, jakarta.ws.rs.core.UriInfo uri) {
        return ProblemMapper.problem(
                413, "Nội dung quá lớn", "Nội dung yêu cầu vượt quá " + (max >> 20) + " MB", List.of(), uri);
    }
}
