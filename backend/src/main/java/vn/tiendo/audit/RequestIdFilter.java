package vn.tiendo.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Takes {@code X-Request-Id} (or makes one) and echoes it, so a change can be traced from a client log to its audit row. */
public class RequestIdFilter {
    @Inject
    RequestId requestId;

    @ServerRequestFilter(preMatching = true)
    public void take(ContainerRequestContext ctx) {
        requestId.accept(ctx.getHeaderString(RequestId.HEADER));
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext ctx) {
        ctx.getHeaders().putSingle(RequestId.HEADER, requestId.get());
    }
}
