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
