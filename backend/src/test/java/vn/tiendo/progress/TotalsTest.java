package vn.tiendo.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Rate arithmetic: exempt leaves every denominator; nothing to divide by gives null, never an error. */
class TotalsTest {
    @Test
    void zeroAssignmentsGiveNullRates() {
        Totals t = Totals.EMPTY;
        assertNull(t.completionRate());
        assertNull(t.onTimeRate());
        assertNull(t.attendanceRate());
    }

    @Test
    void allExemptGivesNullRatesNotDivisionByZero() {
        Totals t = Totals.of(3, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0);
        assertNull(t.completionRate());
        assertNull(t.onTimeRate());
    }

    @Test
    void exemptLeavesTheDenominator() {
        // 10 assignments, 2 exempt, 4 reported + 2 accepted, 5 of them on time
        Totals t = Totals.of(10, 1, 1, 0, 4, 2, 0, 2, 1, 5, 270, 300);
        assertEquals(6, t.completed());
        assertEquals(6.0 / 8, t.completionRate());
        assertEquals(5.0 / 8, t.onTimeRate());
        assertEquals(0.9, t.attendanceRate());
    }

    @Test
    void ratesKeepFullPrecision() {
        Totals t = Totals.of(3, 2, 0, 0, 1, 0, 0, 0, 0, 1, 1, 3);
        assertEquals(1.0 / 3, t.completionRate());
        assertEquals(1.0 / 3, t.attendanceRate());
    }

    @Test
    void noReportsMeansNoAttendanceRate() {
        Totals t = Totals.of(4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertEquals(0.0, t.completionRate());
        assertNull(t.attendanceRate());
    }
}
