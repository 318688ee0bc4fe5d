package vn.tiendo.assignment;

import java.util.EnumSet;
import java.util.Set;

/**
 * PENDING → SCHEDULED → HELD → REPORTED → ACCEPTED; RETURNED reopens; EXEMPT with a reason; MERGED when the
 * organisation was merged or split away while the plan was open (its successor's assignment answers for it).
 */
public enum AssignmentStatus {
    PENDING, SCHEDULED, HELD, REPORTED, ACCEPTED, RETURNED, EXEMPT,
    /** Đã sáp nhập: kept in history, out of every count and denominator; no more work on it. */
    MERGED;

    /** Statuses that count as completed (the current report is SUBMITTED or ACCEPTED). */
    public static final Set<AssignmentStatus> COMPLETED = EnumSet.of(REPORTED, ACCEPTED);
    /** Statuses that owe nothing more: completed, exempt or merged away. */
    public static final Set<AssignmentStatus> SETTLED = EnumSet.of(REPORTED, ACCEPTED, EXEMPT, MERGED);

    public boolean completed() {
        return COMPLETED.contains(this);
    }

    /** Still owed: not completed, not exempt, not merged away. */
    public boolean open() {
        return !SETTLED.contains(this);
    }
}
