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
        @Schema(example = "0.631578947368421", description = "completed / (assignments - exempt)") @Nullable Double completionRate,
        @Schema(example = "0.526315789473684", description = "completedOnTime / (assignments - exempt)") @Nullable Double onTimeRate,
        @Schema(example = "0.9", description = "attendees / expected") @Nullable Double attendanceRate) {

    public static Totals of(long assignments, long pending, long scheduled, long held, long reported, long accepted, long returned,
            long exempt, long overdue, long completedOnTime, long attendees, long expected) {
        long completed = reported + accepted;
        long owed = assignments - exempt;
        return new Totals(assignments, pending, scheduled, held, reported, accepted, returned, exempt, overdue, completed,
                completedOnTime, attendees, expected, rate(completed, owed), rate(completedOnTime, owed), rate(attendees, expected));
    }

    public static final Totals EMPTY = of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** num / den, or null when den is 0. */
    public static Double rate(long num, long den) {
        return den == 0 ? null : (double) num / den;
    }
}
