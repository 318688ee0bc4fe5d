package vn.tiendo.organization;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportResult")
public record ImportResult(
        @Schema(example = "120") int created,
        @Schema(example = "3") int updated,
        @Schema(example = "0") int unchanged) {}
