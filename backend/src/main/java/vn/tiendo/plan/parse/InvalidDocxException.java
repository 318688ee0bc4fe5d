package vn.tiendo.plan.parse;

import java.io.IOException;

/** The bytes given as a .docx are not a readable Word (OOXML) document. */
public final class InvalidDocxException extends IOException {
    private static final long serialVersionUID = 1L;

    public InvalidDocxException(String message, Throwable cause) {
        super(message, cause);
    }
}
