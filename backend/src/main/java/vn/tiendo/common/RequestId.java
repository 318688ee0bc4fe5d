package vn.tiendo.common;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

import org.jboss.logging.MDC;

/**
 * The request id of this request: the client's {@code X-Request-Id} when it is sane, else a fresh one
 * ({@link RequestIdFilter} assigns it). It is echoed in the response header, written into audit rows and problem
 * bodies, and is in the logging MDC so every log line of the request carries it.
 */
@RequestScoped
public class RequestId {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

    public String get() {
        String id = current();
        return id != null ? id : UUID.randomUUID().toString();
    }

    /** The id of the request being handled, or null outside a request (scheduled jobs, start-up). */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    static String sanitize(String fromClient) {
        return fromClient != null && SANE.matcher(fromClient.strip()).matches()
                ? fromClient.strip()
                : UUID.randomUUID().toString();
    }
}
