package vn.tiendo.notification;

/**
 * The notices an assignment can get: sắp đến hạn, quá hạn, báo cáo cấp trên (after M days late), cấp trên nữa
 * (after 2M), and the ones sent by hand from the chase list.
 */
public enum Stage {
    DUE_SOON, OVERDUE, ESCALATION_PARENT, ESCALATION_GRANDPARENT, MANUAL;

    public boolean escalation() {
        return this == ESCALATION_PARENT || this == ESCALATION_GRANDPARENT;
    }
}
