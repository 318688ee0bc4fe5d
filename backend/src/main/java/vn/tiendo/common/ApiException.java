package vn.tiendo.common;

import java.util.List;

/** A domain error with its HTTP status; {@link ProblemMapper} turns it into problem+json. */
public class ApiException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ApiException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Absent or outside the caller's scope: the two are indistinguishable on purpose. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "Không tìm thấy", "Không tìm thấy " + what, null);
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(
                400, "Dữ liệu không hợp lệ", field + ": " + message, List.of(new FieldError(field, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "Không có quyền", detail, null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "Xung đột trạng thái", detail, null);
    }

    public static ApiException preconditionFailed() {
        return new ApiException(
                412,
                "Dữ liệu đã bị thay đổi",
                "Bản ghi đã được người khác cập nhật; tải lại rồi thử lại (If-Match không khớp ETag hiện tại)",
                null);
    }

    public static ApiException unprocessable(String detail, List<FieldError> errors) {
        return new ApiException(422, "Vi phạm quy tắc nghiệp vụ", detail, errors);
    }

    public static ApiException unprocessable(String field, String message) {
        return unprocessable(message, List.of(new FieldError(field, message)));
    }
}
