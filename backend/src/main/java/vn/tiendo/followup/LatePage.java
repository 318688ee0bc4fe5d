package vn.tiendo.followup;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LatePage")
public record LatePage(
        List<LateAssignment> items,
        int page,
        int size,
        long total,
        @Schema(example = "4", description = "Số nhiệm vụ đã quá hạn") long overdue,
        @Schema(example = "7", description = "Số nhiệm vụ sắp đến hạn (trong dueWithinDays ngày)") long dueSoon,
        @Schema(example = "3") int dueWithinDays) {}
