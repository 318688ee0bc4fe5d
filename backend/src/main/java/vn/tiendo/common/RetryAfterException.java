package vn.tiendo.common;

import java.util.List;

/** A refusal the caller may retry after a while: {@link ProblemMapper} adds {@code Retry-After} with the seconds. */
public class RetryAfterException extends ApiException {
    private final long retryAfterSeconds;

    public RetryAfterException(
            int status, String title, String detail, List<FieldError> errors, long retryAfterSeconds) {
        super(status, title, detail, errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
