package vn.tiendo.common;

import java.util.Map;

/**
 * Something happened that integrations may want to hear about; fired synchronously inside the transaction of the
 * change, so it is recorded (outbox) exactly when the change commits.
 *
 * @param type       e.g. report.submitted
 * @param entityType e.g. report
 * @param orgPath    the path of the organisation it concerns (webhooks and the feed are scoped by it)
 */
public record DomainEvent(String type, String entityType, long entityId, String orgPath, Map<String, Object> data) {
    public static final String PLAN_PUBLISHED = "plan.published";
    public static final String ASSIGNMENT_OVERDUE = "assignment.overdue";
    public static final String REPORT_SUBMITTED = "report.submitted";
    public static final String REPORT_REVIEWED = "report.reviewed";
    public static final String ORGANIZATION_CHANGED = "organization.changed";
    public static final String ORGANIZATION_MERGED = "organization.merged";
    public static final String ORGANIZATION_SPLIT = "organization.split";
    public static final java.util.List<String> TYPES = java.util.List.of(
            PLAN_PUBLISHED,
            ASSIGNMENT_OVERDUE,
            REPORT_SUBMITTED,
            REPORT_REVIEWED,
            ORGANIZATION_CHANGED,
            ORGANIZATION_MERGED,
            ORGANIZATION_SPLIT);
}
