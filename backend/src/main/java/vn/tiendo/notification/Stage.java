package vn.tiendo.notification;

/**
 * The notices an assignment can get: sắp đến hạn, quá hạn, báo cáo cấp trên (after M days late), cấp trên nữa
 * (after 2M), and the ones sent by hand from the chase list; and the steps of the work: a report waits for review,
 * was returned or accepted, a plan was published.
 */
public enum Stage {
    DUE_SOON,
    OVERDUE,
    ESCALATION_PARENT,
    ESCALATION_GRANDPARENT,
    MANUAL,
    REPORT_SUBMITTED,
    REPORT_RETURNED,
    REPORT_ACCEPTED,
    PLAN_PUBLISHED;

    public boolean escalation() {
        return this == ESCALATION_PARENT || this == ESCALATION_GRANDPARENT;
    }
}
