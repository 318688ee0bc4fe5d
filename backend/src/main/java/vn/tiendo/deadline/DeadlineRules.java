package vn.tiendo.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.tiendo.common.AppClock;

/**
 * The deadline arithmetic, in Asia/Ho_Chi_Minh: "hoàn thành trước ngày D" and "trong tháng 12/2020" (D = 31/12)
 * both mean on time iff completed at or before 23:59:59.999 on D, local time.
 */
public final class DeadlineRules {
    private DeadlineRules() {}

    /** The first instant that is late: 00:00 local time on the day after the deadline. */
    public static Instant lateFrom(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(AppClock.ZONE).toInstant();
    }

    public static boolean onTime(Instant completedAt, LocalDate deadline) {
        return completedAt.isBefore(lateFrom(deadline));
    }

    /** Overdue: still owed (AssignmentStatus.open()) and today (local) is after the deadline. */
    public static boolean overdue(boolean open, LocalDate deadline, LocalDate today) {
        return open && today.isAfter(deadline);
    }

    /** Days from today to the deadline: positive = left, 0 = due today, negative = days late. */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
