package vn.tiendo.progress;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Shapes of the progress endpoints. */
public final class ProgressDtos {
    private ProgressDtos() {}

    @Schema(name = "OrgRef")
    public record OrgRef(
            @Schema(example = "12") long id,
            @Schema(example = "TU-TAMKY") String code,
            @Schema(example = "Thành ủy Tam Kỳ") String name,
            @Schema(example = "huyen") String levelCode) {}

    @Schema(name = "TierProgress")
    public record TierProgress(long tierId, String tierName, LocalDate deadline, Totals totals) {}

    @Schema(name = "ChildProgress")
    public record ChildProgress(OrgRef org, Totals totals) {}

    @Schema(name = "Progress")
    public record Progress(
            long planId, OrgRef org, Totals totals, List<TierProgress> byTier, List<ChildProgress> children) {}

    @Schema(name = "TimelineDeadline")
    public record TimelineDeadline(long tierId, String tierName, LocalDate deadline) {}

    @Schema(name = "TimelinePoint")
    public record TimelinePoint(
            LocalDate date,
            @Schema(description = "Lũy kế đã hoàn thành") long completed,
            @Schema(description = "Lũy kế hoàn thành đúng hạn") long completedOnTime) {}

    @Schema(name = "Timeline")
    public record Timeline(
            long planId,
            OrgRef org,
            @Schema(description = "Số nhiệm vụ phải hoàn thành (trừ miễn)") long assignments,
            List<TimelineDeadline> deadlines,
            List<TimelinePoint> points) {}

    @Schema(name = "DashboardPlan")
    public record DashboardPlan(
            long planId, String number, String title, String status, @Nullable LocalDate nextDeadline, Totals totals) {}

    @Schema(name = "Dashboard")
    public record Dashboard(OrgRef org, List<DashboardPlan> plans) {}
}
