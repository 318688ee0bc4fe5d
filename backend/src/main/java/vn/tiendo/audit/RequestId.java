package vn.tiendo.audit;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;

/** The request id of this request: the client's {@code X-Request-Id} when it is sane, else a fresh one. */
@RequestScoped
public class RequestId {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");

    private String value;

    public String get() {
        if (value == null) {
            value = UUID.randomUUID().toString();
        }
        return value;
    }

    void accept(String fromClient) {
        value = fromClient != null && SANE.matcher(fromClient.strip()).matches() ? fromClient.strip() : UUID.randomUUID().toString();
    }
}
