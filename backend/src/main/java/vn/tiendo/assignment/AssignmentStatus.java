package vn.tiendo.assignment;

import java.util.EnumSet;
import java.util.Set;

/** PENDING → SCHEDULED → HELD → REPORTED → ACCEPTED; RETURNED reopens; EXEMPT with a reason. */
public enum AssignmentStatus {
    PENDING, SCHEDULED, HELD, REPORTED, ACCEPTED, RETURNED, EXEMPT;

    /** Statuses that count as completed (the current report is SUBMITTED or ACCEPTED). */
    public static final Set<AssignmentStatus> COMPLETED = EnumSet.of(REPORTED, ACCEPTED);

    public boolean completed() {
        return COMPLETED.contains(this);
    }

    /** Still owed: not completed and not exempt. */
    public boolean open() {
        return !completed() && this != EXEMPT;
    }
}
