package vn.tiendo.audit;

/** What an audit event is about. */
public enum AuditEntity {
    ORGANIZATION,
    USER,
    LEVEL,
    PLAN,
    ASSIGNMENT,
    SESSION,
    REPORT,
    ATTACHMENT,
    API_KEY,
    WEBHOOK,
    MEMBER,
    RESTRUCTURING
}
