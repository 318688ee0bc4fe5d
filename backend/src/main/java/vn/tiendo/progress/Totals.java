package vn.tiendo.progress;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts and rates over a set of assignments. Exempt assignments leave every denominator; a rate with nothing
 * in its denominator is null. Rates are fractions in [0, 1] at full precision.
 */
@Schema(name = "Totals")
public record Totals(
        @Schema(example = "20") long assignments,
        long pending,
        long scheduled,
        long held,
        long reported,
        long accepted,
        long returned,
        long exempt,
        @Schema(example = "3") long overdue,
        @Schema(example = "12", description = "REPORTED + ACCEPTED") long completed,
        @Schema(example = "10") long completedOnTime,
        @Schema(example = "540", description = "Σ số dự của báo cáo hiện hành đã nộp / chấp nhận") long attendees,
        @Schema(example = "600", description = "Σ số phải dự của các báo cáo đó") long expected,
        @Schema(example = "0.631578947368421", description = "completed / (assignments - exempt)") @Nullable
                Double completionRate,
        @Schema(example = "0.526315789473684", description = "completedOnTime / (assignments - exempt)") @Nullable
                Double onTimeRate,
        @Schema(example = "0.9", description = "attendees / expected") @Nullable Double attendanceRate,
        @Schema(
                        example = "17",
                        description =
                                "Đảng viên phải học: đang sinh hoạt, không miễn, thuộc tổ chức được giao (hoặc trực thuộc); mỗi người một lần mỗi kế hoạch")
                long members,
        @Schema(example = "8", description = "Đảng viên đã có mặt ở một hội nghị của kế hoạch (kể cả học bù)")
                long membersStudied,
        @Schema(example = "2", description = "Đảng viên đã nộp bài thu hoạch") long membersWroteUp,
        @Schema(example = "0.47058823529411764", description = "membersStudied / members; null khi members = 0")
                @Nullable
                Double coverageRate,
        @Schema(example = "0.11764705882352941", description = "membersWroteUp / members; null khi members = 0")
                @Nullable
                Double writeUpRate) {

    public static Totals of(
            long assignments,
            long pending,
            long scheduled,
            long held,
            long reported,
            long accepted,
            long returned,
            long exempt,
            long overdue,
            long completedOnTime,
            long attendees,
            long expected) {
        long completed = reported + accepted;
        long owed = assignments - exempt;
        return new Totals(
                assignments,
                pending,
                scheduled,
                held,
                reported,
                accepted,
                returned,
                exempt,
                overdue,
                completed,
                completedOnTime,
                attendees,
                expected,
                rate(completed, owed),
                rate(completedOnTime, owed),
                rate(attendees, expected),
                0,
                0,
                0,
                null,
                null);
    }

    /** The same figures with the member coverage of the same plan and subtree (see member/CoverageRepository). */
    public Totals withCoverage(long members, long studied, long wroteUp) {
        return new Totals(
                assignments,
                pending,
                scheduled,
                held,
                reported,
                accepted,
                returned,
                exempt,
                overdue,
                completed,
                completedOnTime,
                attendees,
                expected,
                completionRate,
                onTimeRate,
                attendanceRate,
                members,
                studied,
                wroteUp,
                rate(studied, members),
                rate(wroteUp, members));
    }

    public static final Totals EMPTY = of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** num / den, or null when den is 0. */
    public static Double rate(long num, long den) {
        return den == 0 ? null : (double) num / den;
    }
}
