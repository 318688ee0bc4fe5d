package vn.tiendo.common;

import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import org.jboss.logging.MDC;

/**
 * Takes {@code X-Request-Id} (or makes one) for every HTTP request, API or not, before anything else runs, and echoes
 * it, so a request can be traced from a client's log to the server's log lines, its problem body and its audit row.
 */
public class RequestIdFilter {
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(rc -> {
            String id = RequestId.sanitize(rc.request().getHeader(RequestId.HEADER));
            MDC.put(RequestId.MDC_KEY, id); // kept in the request's Vert.x context: worker threads see it too
            rc.response().putHeader(RequestId.HEADER, id);
            rc.next();
        });
    }
}
