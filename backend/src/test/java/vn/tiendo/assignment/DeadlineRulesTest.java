package vn.tiendo.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.tiendo.common.AppClock;
import vn.tiendo.deadline.DeadlineRules;

/** The deadline rules of the design, at their edges, in Asia/Ho_Chi_Minh (UTC+7). */
class DeadlineRulesTest {
    static final LocalDate D = LocalDate.of(2020, 12, 10);

    static Instant local(int y, int m, int d, int h, int min, int s, int nanos) {
        return LocalDateTime.of(y, m, d, h, min, s, nanos).atZone(AppClock.ZONE).toInstant();
    }

    @Test
    void lastMillisecondOfTheDeadlineDayIsOnTime() {
        assertTrue(DeadlineRules.onTime(local(2020, 12, 10, 23, 59, 59, 999_000_000), D));
        assertTrue(DeadlineRules.onTime(local(2020, 12, 10, 23, 59, 59, 0), D));
    }

    @Test
    void midnightAfterTheDeadlineIsLate() {
        assertFalse(DeadlineRules.onTime(local(2020, 12, 11, 0, 0, 0, 0), D));
    }

    @Test
    void theDayIsLocalNotUtc() {
        // 17:30 UTC on the 10th is 00:30 on the 11th in Hà Nội: late
        assertFalse(DeadlineRules.onTime(LocalDateTime.of(2020, 12, 10, 17, 30).toInstant(ZoneOffset.UTC), D));
        // 16:59:59 UTC on the 10th is 23:59:59 local: on time
        assertTrue(
                DeadlineRules.onTime(LocalDateTime.of(2020, 12, 10, 16, 59, 59).toInstant(ZoneOffset.UTC), D));
        assertEquals(LocalDateTime.of(2020, 12, 10, 17, 0).toInstant(ZoneOffset.UTC), DeadlineRules.lateFrom(D));
    }

    @Test
    void withinTheMonthMeansTheLastDayOfTheMonth() {
        LocalDate endOfDecember = LocalDate.of(2020, 12, 1).withDayOfMonth(31);
        assertTrue(DeadlineRules.onTime(local(2020, 12, 31, 23, 0, 0, 0), endOfDecember));
        assertFalse(DeadlineRules.onTime(local(2021, 1, 1, 0, 0, 0, 0), endOfDecember));
    }

    @ParameterizedTest
    @EnumSource(
            value = AssignmentStatus.class,
            names = {"PENDING", "SCHEDULED", "HELD", "RETURNED"})
    void openAssignmentsAreOverdueTheDayAfterTheDeadline(AssignmentStatus status) {
        assertFalse(DeadlineRules.overdue(status.open(), D, D));
        assertTrue(DeadlineRules.overdue(status.open(), D, D.plusDays(1)));
    }

    @ParameterizedTest
    @EnumSource(
            value = AssignmentStatus.class,
            names = {"REPORTED", "ACCEPTED", "EXEMPT"})
    void completedOrExemptAreNeverOverdue(AssignmentStatus status) {
        assertFalse(DeadlineRules.overdue(status.open(), D, D.plusDays(30)));
    }

    @Test
    void daysLeftCountsCalendarDays() {
        assertEquals(0, DeadlineRules.daysLeft(D, D));
        assertEquals(3, DeadlineRules.daysLeft(D, D.minusDays(3)));
        assertEquals(-2, DeadlineRules.daysLeft(D, D.plusDays(2)));
    }

    @Test
    void resubmissionAfterAReturnCountsAtItsOwnTime() {
        Assignment a = new Assignment();
        a.deadline = D;
        a.complete(1L, local(2020, 12, 9, 10, 0, 0, 0));
        assertTrue(a.onTime);
        a.reopen();
        assertEquals(AssignmentStatus.RETURNED, a.status);
        assertNull(a.completedAt);
        assertNull(a.onTime);
        a.complete(2L, local(2020, 12, 11, 9, 0, 0, 0));
        assertFalse(a.onTime, "the resubmission came after the deadline");
        assertEquals(2L, a.currentReportId);
    }

    @Test
    void anExtensionRejudgesACompletedAssignment() {
        Assignment a = new Assignment();
        a.deadline = D;
        a.complete(1L, local(2020, 12, 12, 8, 0, 0, 0));
        assertFalse(a.onTime);
        a.extendTo(D.plusDays(5), "Bão lũ");
        assertTrue(a.onTime);
        assertEquals("Bão lũ", a.extensionReason);
    }
}
