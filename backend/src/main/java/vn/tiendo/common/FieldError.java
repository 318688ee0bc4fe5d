package vn.tiendo.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: the field (JSON path, query parameter or "line N" of an import) and why. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(example = "deadline") String field, @Schema(example = "không được để trống") String message) {}
