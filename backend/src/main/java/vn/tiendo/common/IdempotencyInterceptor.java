package vn.tiendo.common;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Idempotency-Key on creating POSTs: the same key with the same body replays the first answer (status and body)
 * without doing the work again; with a different body → 422; while the first is still running → 409. Keys are
 * scoped per caller. A server error frees the key so the client can retry. Annotated methods return {@link Response}.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class IdempotencyInterceptor {
    public static final String HEADER = "Idempotency-Key";

    @Inject
    IdempotencyStore store;

    @Inject
    Caller caller;

    @Inject
    AppClock clock;

    @Inject
    ObjectMapper json;

    @Inject
    HttpServerRequest request;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return ctx.proceed();
        }
        key = key.strip();
        if (key.isEmpty() || key.length() > 255) {
            throw ApiException.badRequest(HEADER, "phải có từ 1 đến 255 ký tự");
        }
        String who = "u:" + caller.userId();
        String hash = hash(ctx.getParameters());
        String path = request.path();
        Optional<IdempotencyStore.Stored> held =
                store.claim(who, key, hash, request.method().name(), path, clock.now());
        if (held.isPresent()) {
            return replay(held.get(), hash);
        }
        try {
            Response response = (Response) ctx.proceed();
            String etag = response.getEntityTag() == null
                    ? null
                    : response.getEntityTag().getValue();
            String type = response.getMediaType() == null
                    ? MediaType.APPLICATION_JSON
                    : response.getMediaType().toString();
            Object kept = response.getEntity() instanceof ReplayRedacted r ? r.forReplay() : response.getEntity();
            store.complete(who, key, response.getStatus(), type, json.writeValueAsString(kept), etag, clock.now());
            return response;
        } catch (ApiException e) {
            if (e.status() >= 500 || e.status() == 409 || e.status() == 412) {
                store.release(who, key); // a conflict may clear; let the client retry with the same key
            } else {
                Problem p = new Problem(
                        "about:blank", e.title(), e.status(), e.getMessage(), path, e.errors(), RequestId.current());
                store.complete(
                        who,
                        key,
                        e.status(),
                        ProblemMapper.PROBLEM_JSON,
                        json.writeValueAsString(p),
                        null,
                        clock.now());
            }
            throw e;
        } catch (Exception | Error e) {
            store.release(who, key);
            throw e;
        }
    }

    private Response replay(IdempotencyStore.Stored held, String hash) {
        if (!held.requestHash().equals(hash)) {
            throw ApiException.unprocessable(HEADER, "khóa này đã được dùng cho một yêu cầu có nội dung khác");
        }
        if (!"DONE".equals(held.state())) {
            throw ApiException.conflict("Yêu cầu với khóa này đang được xử lý; thử lại sau giây lát");
        }
        Response.ResponseBuilder b = Response.status(held.status())
                .type(held.type())
                .entity(held.body())
                .header("Idempotent-Replayed", "true");
        if (held.etag() != null) {
            b.tag(ETags.replayed(held.etag()));
        }
        return b.build();
    }

    /** The request's identity: its path and every argument (bodies by their JSON or bytes, an uploaded file by its name and content). */
    private String hash(Object[] args) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(request.path().getBytes(StandardCharsets.UTF_8));
        String query = request.query();
        if (query != null) {
            md.update(query.getBytes(StandardCharsets.UTF_8));
        }
        for (Object a : args) {
            md.update((byte) 0);
            if (a instanceof byte[] bytes) {
                md.update(bytes);
            } else if (a instanceof FileUpload file) {
                md.update(String.valueOf(file.fileName()).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                try (InputStream in = Files.newInputStream(file.uploadedFile())) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        md.update(buffer, 0, n);
                    }
                }
            } else if (a != null) {
                md.update(json.writeValueAsBytes(a instanceof List<?> l ? l : a));
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
