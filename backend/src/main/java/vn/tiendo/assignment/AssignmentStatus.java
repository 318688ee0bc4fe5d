package vn.tiendo.assignment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import vn.tiendo.deadline.DeadlineRules;

/**
 * PENDING → SCHEDULED → HELD → REPORTED → ACCEPTED; RETURNED reopens; EXEMPT with a reason; MERGED when the
 * organisation was merged or split away while the plan was open (its successor's assignment answers for it). The one home of the
 * status sets: the API's {@code can*} answers and JPQL queries use them; native SQL and the counting trigger use the
 * V9 functions named in {@link #SQL_FUNCTIONS}, which StatusSetsTest proves equal to them for every status.
 */
public enum AssignmentStatus {
    PENDING,
    SCHEDULED,
    HELD,
    REPORTED,
    ACCEPTED,
    RETURNED,
    EXEMPT,
    /** Đã sáp nhập: kept in history, out of every count and denominator; no more work on it. */
    MERGED;

    /** Completed: the current report is SUBMITTED (REPORTED) or ACCEPTED. */
    public static final Set<AssignmentStatus> COMPLETED = Collections.unmodifiableSet(EnumSet.of(REPORTED, ACCEPTED));
    /** Not owed any more: completed, exempt or merged away. */
    public static final Set<AssignmentStatus> DONE =
            Collections.unmodifiableSet(EnumSet.of(REPORTED, ACCEPTED, EXEMPT, MERGED));
    /** Counted in every denominator: everything but EXEMPT and MERGED. */
    public static final Set<AssignmentStatus> COUNTED =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(EXEMPT, MERGED)));
    /** Still owed: counted and not completed. Overdue = open and today after the deadline ({@link DeadlineRules#overdue}). */
    public static final Set<AssignmentStatus> OPEN =
            Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.copyOf(DONE)));

    /** A session was held (whatever became of the report): HELD and later, exempt aside. The summary's "đã tổ chức". */
    public static final Set<AssignmentStatus> SESSION_HELD =
            Collections.unmodifiableSet(EnumSet.of(HELD, REPORTED, ACCEPTED, RETURNED));

    /** The SQL functions of V9 that mirror these sets (StatusSetsTest compares them for every status). */
    public static final java.util.Map<String, Set<AssignmentStatus>> SQL_FUNCTIONS = java.util.Map.of(
            "assignment_open",
            OPEN,
            "assignment_completed",
            COMPLETED,
            "assignment_counted",
            COUNTED,
            "assignment_session_held",
            SESSION_HELD);

    public boolean completed() {
        return COMPLETED.contains(this);
    }

    /** Still owed: not completed and not exempt. */
    public boolean open() {
        return OPEN.contains(this);
    }

    /** A session may be scheduled and a report filed: while open. */
    public boolean fileable() {
        return open();
    }

    /** Review needs a report awaiting it. */
    public boolean reviewable() {
        return this == REPORTED;
    }

    /** Exemption only while owed: never over a report awaiting review or accepted. */
    public boolean exemptable() {
        return open();
    }

    /** Extension while counted and not accepted. */
    public boolean extendable() {
        return this != ACCEPTED && this != EXEMPT && this != MERGED;
    }

    /**
     * The status as every screen, export, document and mail says it: the same words as {@code status.*} in the SPA's
     * {@code vi.json} (a test holds them equal).
     */
    public String label() {
        return switch (this) {
            case PENDING -> "Chưa thực hiện";
            case SCHEDULED -> "Đã lên lịch";
            case HELD -> "Đã tổ chức";
            case REPORTED -> "Đã báo cáo";
            case ACCEPTED -> "Đã duyệt";
            case RETURNED -> "Bị trả lại";
            case EXEMPT -> "Được miễn";
            case MERGED -> "Đã sáp nhập";
        };
    }

    /** The label of a status name as stored; unknown names pass through. */
    public static String label(String name) {
        try {
            return valueOf(name).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return name;
        }
    }
}
