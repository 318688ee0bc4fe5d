package vn.tiendo.common;

import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * SPA deep links: a browser asking for a page of the SPA (GET, HTML, neither {@code /api/} nor {@code /q/}) that is
 * no static file gets the SPA's {@code index.html}, whose router shows the page. Static files never reach here.
 */
public class SpaDeepLinks {
    private static final Logger LOG = Logger.getLogger(SpaDeepLinks.class);

    @ServerRequestFilter(preMatching = true)
    public Response indexHtml(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        boolean spaRoute = HttpMethod.GET.equals(ctx.getMethod())
                && !path.startsWith("/api/")
                && !path.startsWith("/q/")
                && ctx.getAcceptableMediaTypes().stream()
                        .anyMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType());
        if (!spaRoute) {
            return null;
        }
        InputStream index =
                Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/resources/index.html");
        if (index == null) {
            return null;
        }
        try (index) {
            return Response.ok(index.readAllBytes(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .build();
        } catch (IOException e) {
            LOG.warn("cannot read index.html", e);
            return null;
        }
    }
}
