package vn.tiendo.integration;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;

/**
 * What the delivery log says about a failed attempt: a category, never an exception's text (which would echo
 * the receiver's network to whoever reads the log, and reads like a port scanner's notes). The categories:
 * {@code TIMEOUT}, {@code CONNECTION_REFUSED}, {@code CONNECTION_CLOSED}, {@code UNREACHABLE}, {@code TLS}, {@code DNS},
 * {@code BLOCKED_ADDRESS}, {@code INVALID_URL}, {@code HTTP_3XX} (redirects are not followed), {@code HTTP_4XX},
 * {@code HTTP_5XX}, {@code SECRET_UNREADABLE}, {@code NETWORK} (anything else), {@code WEBHOOK_DELETED}.
 */
final class DeliveryError {
    private DeliveryError() {}

    /** A failure whose category is already known. */
    static final class Failed extends RuntimeException {
        final String category;

        Failed(String category) {
            super(category, null, false, false);
            this.category = category;
        }
    }

    static WebhookDeliverer.Outcome forStatus(int status) {
        if (status >= 200 && status < 300) {
            return new WebhookDeliverer.Outcome(status, null);
        }
        String category =
                status >= 500 ? "HTTP_5XX" : status >= 400 ? "HTTP_4XX" : status >= 300 ? "HTTP_3XX" : "HTTP_1XX";
        return new WebhookDeliverer.Outcome(status, category);
    }

    static WebhookDeliverer.Outcome outcome(Throwable e) {
        return new WebhookDeliverer.Outcome(null, category(e));
    }

    static String category(Throwable e) {
        while (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Failed f) {
                return f.category;
            }
            String name = t.getClass().getName();
            if (t instanceof TimeoutException || name.contains("Timeout")) {
                return "TIMEOUT"; // io.netty ConnectTimeoutException is a ConnectException: test it first
            }
            if (t instanceof SSLException) {
                return "TLS";
            }
            if (t instanceof UnknownHostException) {
                return "DNS";
            }
            if (t instanceof NoRouteToHostException) {
                return "UNREACHABLE";
            }
            if (t instanceof ConnectException) {
                return "CONNECTION_REFUSED";
            }
            if (t instanceof HttpClosedException
                    || t instanceof StreamResetException
                    || t instanceof ClosedChannelException) {
                return "CONNECTION_CLOSED";
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return "NETWORK";
    }
}
